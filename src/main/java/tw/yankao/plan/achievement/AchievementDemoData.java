package tw.yankao.plan.achievement;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.plan.ReportingPeriod;
import tw.yankao.plan.formula.Target;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.demo.DemoDataset;

/**
 * Demo achievement reports read from the seeds' prior-year reviews (上年度實施狀況).
 *
 * <p>Each review that states an actual ({@link PriorYearActual}) becomes a confirmed YEAR report
 * of the reviewed year, on the indicator of the same name in the agency's plan for that year
 * when one is loaded. When none is (the demo loads no plan of a reviewed year), the report goes
 * on the reviewing plan's indicator of the same name, as that indicator's prior-year actual:
 * the dashboards show it beside the year's target, which is how the plans themselves present
 * it. Reviews that name no loaded indicator, or state no actual, load nothing. The demo's live
 * indicator is bound by {@link LiveIndicatorDemoData}, once the data it measures is loaded.
 */
@Component
class AchievementDemoData implements DemoDataset {

	private static final String DEMO_USER = "demo";

	private final PriorYearReviews reviews;
	private final PlanIndicators indicators;
	private final AchievementReports reports;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final Clock clock;

	AchievementDemoData(PriorYearReviews reviews, PlanIndicators indicators, AchievementReports reports,
			org.springframework.context.ApplicationEventPublisher events, Clock clock) {
		this.reviews = reviews;
		this.indicators = indicators;
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	/** After the plans (20): the reports belong to their indicators. */
	@Override
	public int order() {
		return 25;
	}

	@Override
	public boolean isLoaded() {
		return reports.count() > 0;
	}

	@Override
	@Transactional
	public void load() {
		Instant now = clock.instant();
		for (PriorYearReviews.Review review : reviews.ofApprovedPlans()) {
			Target target = Target.parse(review.targetText());
			PriorYearActual.read(review.analysis(), target)
				.ifPresent(actual -> indicatorFor(review).ifPresent(indicator -> record(indicator, review, actual, now)));
		}
	}

	private Optional<PlanIndicator> indicatorFor(PriorYearReviews.Review review) {
		Optional<PlanIndicator> ofReviewedYear = named(indicators.ofAgency(review.agencyId(), review.reviewedYear()),
				review.indicator());
		return ofReviewedYear.isPresent() ? ofReviewedYear
				: named(indicators.ofAgency(review.agencyId(), review.rocYear()), review.indicator());
	}

	private void record(PlanIndicator indicator, PriorYearReviews.Review review, PriorYearActual actual, Instant now) {
		ReportingPeriod period = ReportingPeriod.year(review.reviewedYear());
		if (reports.find(indicator.id(), period).isPresent()) {
			return;
		}
		AchievementReports.Values values = new AchievementReports.Values(actual.actual(), actual.numerator(),
				actual.denominator(), review.analysis(), null, null);
		long id = reports.insert(indicator.id(), period, values, AchievementStatus.SUBMITTED, null, DEMO_USER, now, now);
		reports.changeStatus(id, 0, AchievementStatus.CONFIRMED, null, DEMO_USER, now);
		events.publishEvent(DataChanged.created(Achievements.ENTITY, id, reports.find(id).orElseThrow()));
	}

	/** The indicator whose name is the review's, ignoring weights, numbering, spaces and width. */
	private static Optional<PlanIndicator> named(List<PlanIndicator> candidates, String name) {
		String wanted = comparable(name);
		return candidates.stream().filter(indicator -> comparable(indicator.name()).equals(wanted)).findFirst();
	}

	static String comparable(String name) {
		return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC)
			.replaceAll("\\(\\d+(?:\\.\\d+)?%\\)$", "")
			.replaceFirst("^\\d+[、.]", "")
			.replaceAll("\\s", "");
	}

}
