package tw.yankao.plan.achievement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicator_metric_binding rows: which indicator takes its actuals from which metric. */
@Repository
class MetricBindings {

	private final JdbcClient jdbc;

	MetricBindings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Binds the indicator, replacing any metric it was bound to. */
	void bind(long indicatorId, String metricKey, Long userId) {
		jdbc.sql("""
				insert into indicator_metric_binding (indicator_id, metric_key, bound_by) values (:indicator, :key, :user)
				on conflict (indicator_id) do update set metric_key = excluded.metric_key, bound_by = excluded.bound_by,
				       bound_at = now()""")
			.param("indicator", indicatorId)
			.param("key", metricKey)
			.param("user", userId)
			.update();
	}

	/** True when the indicator was bound. */
	boolean unbind(long indicatorId) {
		return jdbc.sql("delete from indicator_metric_binding where indicator_id = :indicator")
			.param("indicator", indicatorId)
			.update() == 1;
	}

}
