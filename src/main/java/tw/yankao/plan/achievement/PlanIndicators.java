package tw.yankao.plan.achievement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.Direction;
import tw.yankao.plan.PlanStatus;

/** Indicators with their ids, goals and plans, read from the plan tables of this module. */
@Repository
class PlanIndicators {

	private static final String SELECT = """
			select i.id, p.id as plan_id, p.agency_id, p.roc_year, p.status, g.id as goal_id, g.code as goal_code,
			       g.name as goal_name, g.weight as goal_weight, i.name, i.weight, i.formula_text, i.target_text,
			       i.target_unit, i.direction, b.metric_key
			  from plan_indicator i
			  join plan_strategic_goal g on g.id = i.goal_id
			  join annual_plan p on p.id = g.plan_id
			  left join indicator_metric_binding b on b.indicator_id = i.id""";

	private static final String ORDER = " order by p.agency_id, g.position, i.position";

	private final JdbcClient jdbc;

	PlanIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlanIndicator> find(long id) {
		return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(PlanIndicators::row).optional();
	}

	/** The indicators of the agency's approved or published plan for the year, in plan order. */
	List<PlanIndicator> ofAgency(long agencyId, int rocYear) {
		return jdbc.sql(SELECT + " where p.agency_id = :agency and p.roc_year = :year and p.status in ('APPROVED', 'PUBLISHED')" + ORDER)
			.param("agency", agencyId)
			.param("year", rocYear)
			.query(PlanIndicators::row)
			.list();
	}

	/** The indicators of every approved or published plan of the year. */
	List<PlanIndicator> ofYear(int rocYear) {
		return jdbc.sql(SELECT + " where p.roc_year = :year and p.status in ('APPROVED', 'PUBLISHED')" + ORDER)
			.param("year", rocYear)
			.query(PlanIndicators::row)
			.list();
	}

	/** Every indicator bound to a metric, for the scheduled refresh. */
	List<PlanIndicator> bound() {
		return jdbc.sql(SELECT + " where b.metric_key is not null" + ORDER).query(PlanIndicators::row).list();
	}

	private static PlanIndicator row(ResultSet rs, int row) throws SQLException {
		String direction = rs.getString("direction");
		return new PlanIndicator(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("agency_id"), rs.getInt("roc_year"),
				PlanStatus.valueOf(rs.getString("status")), rs.getLong("goal_id"), rs.getString("goal_code"),
				rs.getString("goal_name"), rs.getBigDecimal("goal_weight"), rs.getString("name"), rs.getBigDecimal("weight"),
				rs.getString("formula_text"), rs.getString("target_text"), rs.getString("target_unit"),
				direction == null ? null : Direction.valueOf(direction), rs.getString("metric_key"));
	}

}
