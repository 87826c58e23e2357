package tw.yankao.plan.achievement;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.demo.DemoDataset;

/**
 * Binds the demo's live indicator, the RDEC's 105 indicator 本府標案管考執行率 (seed 002), to the
 * city's tender execution rate when the tracking module offers it, else to the plan module's own
 * on-time reporting metric, and refreshes it. Loads after every module's demo data (tracking is
 * 30), so that the first refresh measures them.
 */
@Component
class LiveIndicatorDemoData implements DemoDataset {

	private static final String LIVE_AGENCY = "TCG-RDEC";
	private static final int LIVE_YEAR = 105;
	private static final String LIVE_NAME_PART = "管考";
	/** The tracking module's metric, named by its stable key only: the plan module does not depend on tracking. */
	static final String TENDER_EXECUTION_RATE = "tracking.tender-execution-rate.city";

	private final PlanIndicators indicators;
	private final MetricBindings bindings;
	private final MetricCatalog catalog;
	private final LiveIndicators live;
	private final AgencyDirectory agencies;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;

	LiveIndicatorDemoData(PlanIndicators indicators, MetricBindings bindings, MetricCatalog catalog, LiveIndicators live,
			AgencyDirectory agencies, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.indicators = indicators;
		this.bindings = bindings;
		this.catalog = catalog;
		this.live = live;
		this.agencies = agencies;
		this.events = events;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select count(*) from indicator_metric_binding").query(Long.class).single() > 0;
	}

	@Override
	@Transactional
	public void load() {
		String metric = catalog.find(TENDER_EXECUTION_RATE).isPresent() ? TENDER_EXECUTION_RATE : OnTimeReportingMetric.KEY;
		agencies.findByCode(LIVE_AGENCY)
			.flatMap(agency -> indicators.ofAgency(agency.id(), LIVE_YEAR)
				.stream()
				.filter(indicator -> indicator.name().contains(LIVE_NAME_PART))
				.findFirst())
			.ifPresent(indicator -> {
				bindings.bind(indicator.id(), metric, null);
				events.publishEvent(DataChanged.created("indicator-binding", indicator.id(), Map.of("metric", metric)));
				live.refreshAll();
			});
	}

}
