package tw.yankao.plan.achievement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.plan.MetricDefinition;
import tw.yankao.plan.MetricValue;
import tw.yankao.plan.ReportingPeriod;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.web.InvalidInput;

/**
 * Indicators bound to a live metric: binding, unbinding and refreshing. A refresh stores the
 * metric's value as the indicator's actual for the period, marked live with the metric's
 * lineage, replacing an earlier live value unless the RDEC has confirmed it. The nightly job
 * refreshes every bound indicator for every period of its plan's year that has begun.
 */
@Service
public class LiveIndicators {

	private static final Logger log = LoggerFactory.getLogger(LiveIndicators.class);

	private final PlanIndicators indicators;
	private final AchievementReports reports;
	private final MetricBindings bindings;
	private final MetricCatalog catalog;
	private final Achievements achievements;
	private final CurrentUsers users;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final CityProfile profile;

	LiveIndicators(PlanIndicators indicators, AchievementReports reports, MetricBindings bindings, MetricCatalog catalog,
			Achievements achievements, CurrentUsers users, ApplicationEventPublisher events, Clock clock,
			CityProfile profile) {
		this.indicators = indicators;
		this.reports = reports;
		this.bindings = bindings;
		this.catalog = catalog;
		this.achievements = achievements;
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.profile = profile;
	}

	/** Binds the indicator to a metric; its actuals then come only from refreshes. */
	@Transactional
	public void bind(long indicatorId, String metricKey) {
		PlanIndicator indicator = achievements.indicator(indicatorId);
		MetricDefinition metric = catalog.find(metricKey == null ? "" : metricKey)
			.orElseThrow(() -> new InvalidInput("metric", "achievement.metric.unknown", String.valueOf(metricKey)));
		bindings.bind(indicatorId, metric.key(), users.current().map(CurrentUser::userId).orElse(null));
		events.publishEvent(DataChanged.updated("indicator-binding", indicatorId, Map.of("metric", String.valueOf(indicator.metricKey())),
				Map.of("metric", metric.key())));
	}

	/** Unbinds the indicator; reports stored so far stay, and people enter the next ones. */
	@Transactional
	public void unbind(long indicatorId) {
		PlanIndicator indicator = achievements.indicator(indicatorId);
		if (bindings.unbind(indicatorId)) {
			events.publishEvent(DataChanged.deleted("indicator-binding", indicatorId, Map.of("metric", indicator.metricKey())));
		}
	}

	/**
	 * Stores the bound metric's value for the period as the indicator's live actual.
	 *
	 * @return the stored report, or empty when the metric has nothing to measure or the RDEC has
	 *     confirmed the period's report already
	 * @throws InvalidInput when the indicator is not bound or the period is not of its plan's year
	 */
	@Transactional
	public Optional<AchievementReport> refresh(long indicatorId, ReportingPeriod period) {
		PlanIndicator indicator = achievements.indicator(indicatorId);
		if (!indicator.isLive()) {
			throw new InvalidInput("metric", "achievement.metric.unbound");
		}
		if (period.rocYear() != indicator.rocYear()) {
			throw new InvalidInput("period", "achievement.period.outside", period.code(), indicator.rocYear());
		}
		return store(indicator, period);
	}

	/** Every bound indicator, every begun period of its year; runs nightly and needs no user. */
	@Scheduled(cron = "${yankao.plans.live-refresh-cron:0 30 2 * * *}", zone = "${yankao.plans.live-refresh-zone:Asia/Taipei}")
	@Transactional
	public void refreshAll() {
		LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
		int stored = 0;
		for (PlanIndicator indicator : indicators.bound()) {
			for (ReportingPeriod period : begunPeriods(indicator.rocYear(), today)) {
				stored += store(indicator, period).isPresent() ? 1 : 0;
			}
		}
		log.info("live indicators refreshed: {} values stored", stored);
	}

	/** The periods of the year that have begun by {@code today}, every kind. */
	static List<ReportingPeriod> begunPeriods(int rocYear, LocalDate today) {
		return ReportingPeriod.allOf(rocYear).stream().filter(period -> !period.start().isAfter(today)).toList();
	}

	private Optional<AchievementReport> store(PlanIndicator indicator, ReportingPeriod period) {
		Optional<MetricValue> measured = catalog.value(indicator.metricKey(), indicator.agencyId(), period);
		if (measured.isEmpty()) {
			return Optional.empty();
		}
		MetricValue value = measured.get();
		AchievementReports.Values values = new AchievementReports.Values(value.value(), value.numerator(),
				value.denominator(), null, indicator.metricKey(), value.lineage());
		Instant now = clock.instant();
		// the refresh acts for the metric, not for the person who pressed the button
		String by = "metric:" + indicator.metricKey();
		Optional<AchievementReport> existing = reports.find(indicator.id(), period);
		if (existing.isEmpty()) {
			long id = reports.insert(indicator.id(), period, values, AchievementStatus.SUBMITTED, null, by, now, now);
			AchievementReport created = reports.find(id).orElseThrow();
			events.publishEvent(new DataChanged(Achievements.ENTITY, String.valueOf(id), "REFRESH", null, created));
			return Optional.of(created);
		}
		AchievementReport before = existing.get();
		if (before.status() == AchievementStatus.CONFIRMED) {
			return Optional.empty();
		}
		if (!reports.update(before.id(), before.version(), values, null, by, now)) {
			throw new AchievementConflict(indicator.id(), before.id());
		}
		AchievementReport after = reports.find(before.id()).orElseThrow();
		events.publishEvent(new DataChanged(Achievements.ENTITY, String.valueOf(before.id()), "REFRESH", before, after));
		return Optional.of(after);
	}

}
