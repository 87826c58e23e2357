package tw.yankao.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PetitionRules;

/**
 * A case's deadline recomputed from its history: the SLA of its category counted from receipt (or
 * from its last reopening), moved by its ended pauses and approved extensions.
 */
@Component
class CaseDeadlines {

	private final Deadlines deadlines;

	private final PetitionRules rules;

	CaseDeadlines(Deadlines deadlines, CityProfile profile) {
		this.deadlines = deadlines;
		this.rules = profile.petitions();
	}

	/**
	 * @param history the case's steps so far, oldest first
	 * @param resumedAt when the current pause ends, or null when the case is not paused
	 */
	Instant recompute(PetitionCase c, List<CaseStep> history, Instant resumedAt) {
		Instant start = c.receivedAt();
		List<Deadlines.Pause> pauses = new ArrayList<>();
		Instant pausedAt = null;
		for (CaseStep step : history) {
			switch (step.step()) {
				case "REOPEN" -> {
					start = step.at();
					pauses.clear();
				}
				case "PAUSE" -> pausedAt = step.at();
				case "RESUME" -> {
					if (pausedAt != null) {
						pauses.add(new Deadlines.Pause(pausedAt, step.at()));
					}
					pausedAt = null;
				}
				default -> {
				}
			}
		}
		if (resumedAt != null && c.handling().pausedSince() != null) {
			pauses.add(new Deadlines.Pause(c.handling().pausedSince(), resumedAt));
		}
		PetitionRules.Category category = category(c);
		return deadlines.deadline(category.kind(), category.sla(), start, pauses, c.handling().extensionDays());
	}

	/** A new deadline counted from {@code from}, as when a case is reopened. */
	Instant fresh(PetitionCase c, Instant from) {
		PetitionRules.Category category = category(c);
		return deadlines.deadline(category.kind(), category.sla(), from, List.of(), 0);
	}

	private PetitionRules.Category category(PetitionCase c) {
		// a category removed from the profile since: count as the statutory petition limit, never longer
		return rules.category(c.category()).orElse(new PetitionRules.Category(c.category(), c.category(), c.category(),
				PetitionRules.SlaKind.PETITION, rules.statutoryMaximumDays()));
	}

}
