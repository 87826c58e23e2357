package tw.yankao.plan;

import java.util.Optional;
import java.util.Set;

/**
 * Which plans to list; null criteria do not filter.
 *
 * @param rocYear only this year
 * @param agencyId only this agency
 * @param status only this status
 * @param scope only these agencies (the caller's scope); empty for every agency
 */
public record PlanQuery(Integer rocYear, Long agencyId, PlanStatus status, Optional<Set<Long>> scope) {

	public PlanQuery {
		scope = scope == null ? Optional.empty() : scope;
	}

}
