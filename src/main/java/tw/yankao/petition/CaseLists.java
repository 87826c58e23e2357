package tw.yankao.petition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyScope;

/** The lists people work from: an agency's inbox and the RDEC's supervision list, as the viewer may see them. */
@Service
public class CaseLists {

	/** Rows per list: the lists are for working through, exports come later. */
	public static final int LIMIT = 200;

	private final PetitionCases cases;

	private final AgencyScope scope;

	private final CaseViews views;

	private final Clock clock;

	CaseLists(PetitionCases cases, AgencyScope scope, CaseViews views, Clock clock) {
		this.cases = cases;
		this.scope = scope;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * The open cases of the viewer's agency scope, soonest deadline first.
	 * @param status only this status, or null
	 * @param dueSoon only overdue and near-deadline cases
	 */
	@Transactional(readOnly = true)
	public List<PetitionCase> inbox(CaseStatus status, boolean dueSoon) {
		return cases.open(scope.accessibleAgencies().orElse(null), status,
				dueSoon ? clock.instant().plus(DeadlineState.NEAR_WINDOW) : null, LIMIT)
			.stream().map(views::forViewer).toList();
	}

	/** Across agencies: overdue and near-deadline cases, then returns and new cases waiting for (re)assignment. */
	@Transactional(readOnly = true)
	public Supervision supervision() {
		List<PetitionCase> waiting = new ArrayList<>(cases.open(null, CaseStatus.RETURNED, null, LIMIT));
		waiting.addAll(cases.open(null, CaseStatus.RECEIVED, null, LIMIT));
		return new Supervision(
				cases.open(null, null, clock.instant().plus(DeadlineState.NEAR_WINDOW), LIMIT).stream().map(views::forViewer).toList(),
				waiting.stream().map(views::forViewer).toList());
	}

	/** @param dueSoon overdue and near-deadline cases; @param waiting returned or unassigned cases */
	public record Supervision(List<PetitionCase> dueSoon, List<PetitionCase> waiting) {
	}

}
