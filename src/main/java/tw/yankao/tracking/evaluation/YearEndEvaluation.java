package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.EvaluationRules.Grade;
import tw.yankao.shared.profile.EvaluationRules.Part;
import tw.yankao.shared.profile.EvaluationRules.Source;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/**
 * The year-end evaluation (年終考核): the RDEC opens a round for an ROC year that is over, which
 * creates one evaluation per item tracked or completed that year with its computed parts filled;
 * reviewers enter the reviewer parts; the RDEC finalises the round once every item is scored,
 * after which it is read-only. Which roles may call what is decided by the access rules; here,
 * the agency scope limits agency staff to their own items, and to rounds already final. Every
 * change is audited and saves whole or not at all.
 */
@Service
public class YearEndEvaluation {

	static final String ROUND = "evaluation-round";
	static final String EVALUATION = "item-evaluation";

	private final Evaluations evaluations;
	private final Rubric rubric;
	private final AgencyScope scope;
	private final AgencyDirectory agencies;
	private final CurrentUsers users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	YearEndEvaluation(Evaluations evaluations, CityProfile profile, AgencyScope scope, AgencyDirectory agencies,
			CurrentUsers users, ApplicationEventPublisher events, Clock clock) {
		this.evaluations = evaluations;
		this.rubric = new Rubric(profile.tracking().evaluation());
		this.scope = scope;
		this.agencies = agencies;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	public Rubric rubric() {
		return rubric;
	}

	/** The rounds the caller may read, latest year first: agency staff see final rounds only. */
	@Transactional(readOnly = true)
	public List<EvaluationRound> rounds() {
		boolean cityWide = isCityWide();
		return evaluations.rounds().stream().filter(r -> cityWide || r.isFinal()).toList();
	}

	/**
	 * The round of the ROC year.
	 * @throws NotFound when the year has no round
	 * @throws AccessDeniedException for agency staff while the round is open
	 */
	@Transactional(readOnly = true)
	public EvaluationRound round(int rocYear) {
		EvaluationRound round = evaluations.round(rocYear).orElseThrow(() -> new NotFound("evaluation round", rocYear));
		if (!round.isFinal() && !isCityWide()) {
			throw new AccessDeniedException("the round of " + rocYear + " is not final yet");
		}
		return round;
	}

	/**
	 * Opens the round of an ROC year that is over: one evaluation per item tracked or completed
	 * in it, with the computed parts filled and the reviewer parts empty.
	 * @throws InvalidInput naming {@code year} when the year is not over or already has a round
	 */
	@Transactional
	public EvaluationRound open(int rocYear) {
		int year = rocYear + 1911;
		if (rocYear < 1 || year >= LocalDate.now(clock.withZone(RocDates.ZONE)).getYear()) {
			throw new InvalidInput("year", "evaluation.round.year-not-over", rocYear);
		}
		if (!evaluations.insertRound(rocYear, username(), clock.instant())) {
			throw new InvalidInput("year", "evaluation.round.exists", rocYear);
		}
		List<ItemEvaluation> created = evaluations.itemsOfYear(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream().map(item -> scored(newEvaluation(rocYear, item))).toList();
		evaluations.insertAll(rocYear, created);
		EvaluationRound round = evaluations.round(rocYear).orElseThrow();
		events.publishEvent(DataChanged.created(ROUND, rocYear, Map.of("round", round, "evaluations", created.size())));
		return round;
	}

	/**
	 * Finalises an open round; from then on it is read-only and agencies read their items.
	 * @throws InvalidInput naming {@code round} when it is final already or items are not scored yet
	 * @throws EvaluationConflict when the round is no longer at {@code version}
	 */
	@Transactional
	public EvaluationRound finalise(int rocYear, int version) {
		EvaluationRound before = round(rocYear);
		checkOpen(before);
		long unscored = evaluations.gradeCounts(rocYear, null, null, Evaluations.UNSCORED).values().stream()
			.mapToLong(Long::longValue).sum();
		if (unscored > 0) {
			throw new InvalidInput("round", "evaluation.round.unscored", unscored);
		}
		if (!evaluations.finalise(rocYear, version, username(), clock.instant())) {
			throw new EvaluationConflict(rocYear, "the round");
		}
		EvaluationRound after = evaluations.round(rocYear).orElseThrow();
		events.publishEvent(DataChanged.updated(ROUND, rocYear, before, after));
		return after;
	}

	/**
	 * Evaluations of the round the caller may see, of the agency and the units below it (all when
	 * null) and the grade code ({@code NONE} for those without a score; all when null), by agency
	 * and item number, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<ItemEvaluation> evaluations(int rocYear, Long agencyId, String grade, int limit) {
		round(rocYear);
		return evaluations.list(rocYear, visibleAgencies(), owners(agencyId), blankToNull(grade), limit);
	}

	/** How many evaluations per grade code ({@code null} key: not scored yet), under the same filter. */
	@Transactional(readOnly = true)
	public Map<String, Long> gradeCounts(int rocYear, Long agencyId, String grade) {
		round(rocYear);
		return evaluations.gradeCounts(rocYear, visibleAgencies(), owners(agencyId), blankToNull(grade));
	}

	/** One evaluation of the round, if the caller may see its agency. */
	@Transactional(readOnly = true)
	public ItemEvaluation evaluation(int rocYear, long id) {
		round(rocYear);
		ItemEvaluation evaluation = evaluations.find(rocYear, id).orElseThrow(() -> new NotFound("evaluation", id));
		scope.checkAccess(evaluation.ownerAgencyId());
		return evaluation;
	}

	/**
	 * A reviewer scores the item's reviewer parts, which rescores and regrades it.
	 * @throws InvalidInput naming each bad field: a value missing, not 0–100 or of an unknown part; the comment
	 * @throws EvaluationConflict when the evaluation is no longer at {@code entry.version()}
	 */
	@Transactional
	public ItemEvaluation review(int rocYear, long id, ReviewEntry entry) {
		checkOpen(round(rocYear));
		ItemEvaluation before = evaluation(rocYear, id);
		ItemEvaluation reviewed = reviewed(before, entry);
		if (entry.version() == null || !evaluations.saveReviews(List.of(reviewed), username(), clock.instant()).isEmpty()) {
			throw new EvaluationConflict(rocYear, "evaluation " + id);
		}
		ItemEvaluation after = evaluations.find(rocYear, id).orElseThrow();
		events.publishEvent(DataChanged.updated(EVALUATION, id, before, after));
		return after;
	}

	/**
	 * The rewards-and-penalties list: scored items whose grade brings rewards or penalties, that
	 * the caller may see, of the agency and the units below it (all when null), by agency and
	 * people responsible.
	 */
	@Transactional(readOnly = true)
	public List<RewardLine> rewards(int rocYear, Long agencyId) {
		round(rocYear);
		List<RewardLine> lines = new ArrayList<>();
		for (Grade grade : rubric.grades()) {
			if (grade.actions().isEmpty()) {
				continue;
			}
			for (ItemEvaluation e : evaluations.list(rocYear, visibleAgencies(), owners(agencyId), grade.code(),
					Integer.MAX_VALUE)) {
				lines.add(new RewardLine(e.ownerAgencyId(), e.responsiblePeople(), e.itemNumber(), e.title(), e.score(),
						grade.code(), grade.actions()));
			}
		}
		lines.sort(Comparator.comparingLong(RewardLine::ownerAgencyId).thenComparing(RewardLine::responsiblePeople)
			.thenComparing(RewardLine::itemNumber));
		return lines;
	}

	/** Whether the caller sees every agency's evaluations (the RDEC), and so also open rounds. */
	public boolean isCityWide() {
		return scope.accessibleAgencies().isEmpty();
	}

	/**
	 * Demo data: reviews many evaluations of an open round at once, as the service would one by
	 * one, audited as one change. The reviewer sees each evaluation of the round in list order
	 * and returns its entry, or null to leave it unreviewed; the round is read once.
	 * @return how many were saved
	 */
	@Transactional
	int reviewInBulk(int rocYear, Function<ItemEvaluation, ReviewEntry> reviewer) {
		checkOpen(evaluations.round(rocYear).orElseThrow(() -> new NotFound("evaluation round", rocYear)));
		List<ItemEvaluation> reviewed = new ArrayList<>();
		for (ItemEvaluation e : evaluations.list(rocYear, null, null, null, Integer.MAX_VALUE)) {
			ReviewEntry entry = reviewer.apply(e);
			if (entry != null) {
				reviewed.add(reviewed(e, entry));
			}
		}
		List<Long> stale = evaluations.saveReviews(reviewed, username(), clock.instant());
		if (!stale.isEmpty()) {
			throw new EvaluationConflict(rocYear, "evaluations " + stale);
		}
		events.publishEvent(new DataChanged(EVALUATION, "demo-" + rocYear, "IMPORT", null,
				Map.of("reviewed", reviewed.size(), "rocYear", rocYear)));
		return reviewed.size();
	}

	private ItemEvaluation newEvaluation(int rocYear, Evaluations.ItemYear item) {
		List<PartScore> parts = new ArrayList<>();
		for (Part part : rubric.parts(item.type())) {
			BigDecimal value = part.source() == Source.COMPUTED ? item.figures().part(part.code()) : null;
			parts.add(new PartScore(part.code(), part.source(), part.weight(), value));
		}
		return new ItemEvaluation(0, rocYear, item.itemId(), null, null, item.type(), item.ownerAgencyId(),
				item.responsiblePeople(), parts, null, null, null, null, null, 0);
	}

	/** The evaluation with its score and grade recomputed from its parts. */
	private ItemEvaluation scored(ItemEvaluation e) {
		Optional<BigDecimal> score = rubric.score(e.parts());
		return new ItemEvaluation(e.id(), e.rocYear(), e.itemId(), e.itemNumber(), e.title(), e.type(),
				e.ownerAgencyId(), e.responsiblePeople(), e.parts(), score.orElse(null),
				score.map(s -> rubric.grade(s).code()).orElse(null), e.comment(), e.reviewedBy(), e.reviewedAt(),
				e.version());
	}

	private ItemEvaluation reviewed(ItemEvaluation before, ReviewEntry entry) {
		new ReviewRules().check(before, entry);
		List<PartScore> parts = before.parts().stream()
			.map(p -> p.isReviewerPart() ? p.withValue(entry.values().get(p.code())) : p).toList();
		int version = entry.version() == null ? -1 : entry.version();
		return scored(new ItemEvaluation(before.id(), before.rocYear(), before.itemId(), before.itemNumber(),
				before.title(), before.type(), before.ownerAgencyId(), before.responsiblePeople(), parts, null, null,
				entry.comment().strip(), null, null, version));
	}

	private static void checkOpen(EvaluationRound round) {
		if (round.isFinal()) {
			throw new InvalidInput("round", "evaluation.round.final", round.rocYear());
		}
	}

	private Collection<Long> visibleAgencies() {
		return scope.accessibleAgencies().map(Set::copyOf).orElse(null);
	}

	private Collection<Long> owners(Long agencyId) {
		return agencyId == null ? null : agencies.subtree(agencyId);
	}

	private String username() {
		return users.current().map(CurrentUser::username).orElse("system");
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
