package tw.yankao.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.DataSource;
import tw.yankao.plan.Direction;
import tw.yankao.plan.Indicator;
import tw.yankao.plan.IndicatorTarget;
import tw.yankao.plan.StrategicGoal;

/** The strategic goals of plans, each with its indicators. */
@Repository
class StrategicGoals {

	private static final String INSERT_GOAL = """
			insert into plan_strategic_goal (plan_id, position, code, name, weight, narrative)
			values (:planId, :position, :code, :name, :weight, :narrative)
			returning id""";

	private static final String INSERT_INDICATOR = """
			insert into plan_indicator (goal_id, position, name, weight, evaluation_scheme, evaluation_method,
			                            formula_text, target_text, target_value, target_unit, direction, data_source)
			values (:goalId, :position, :name, :weight, :scheme, :method,
			        :formula, :targetText, :targetValue, :targetUnit, :direction, :dataSource)""";

	// columns added by other parts of the plan module (bindings, reports) are left as they are
	private static final String UPDATE_GOAL = """
			update plan_strategic_goal set code = :code, name = :name, weight = :weight, narrative = :narrative
			 where id = :id""";

	private static final String UPDATE_INDICATOR = """
			update plan_indicator
			   set name = :name, weight = :weight, evaluation_scheme = :scheme, evaluation_method = :method,
			       formula_text = :formula, target_text = :targetText, target_value = :targetValue,
			       target_unit = :targetUnit, direction = :direction, data_source = :dataSource
			 where goal_id = :goalId and position = :position""";

	private static final String SELECT_GOALS = """
			select id, code, name, weight, narrative
			  from plan_strategic_goal
			 where plan_id = :planId
			 order by position""";

	private static final String SELECT_INDICATORS = """
			select i.goal_id, i.name, i.weight, i.evaluation_scheme, i.evaluation_method, i.formula_text,
			       i.target_text, i.target_value, i.target_unit, i.direction, i.data_source
			  from plan_indicator i
			  join plan_strategic_goal g on g.id = i.goal_id
			 where g.plan_id = :planId
			 order by g.position, i.position""";

	private final JdbcClient jdbc;

	StrategicGoals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AnnualPlanId planId, List<StrategicGoal> goals) {
		for (int position = 0; position < goals.size(); position++) {
			insertGoal(planId, position, goals.get(position));
		}
	}

	private void insertGoal(AnnualPlanId planId, int position, StrategicGoal goal) {
		long goalId = jdbc.sql(INSERT_GOAL)
			.param("planId", planId.value())
			.param("position", position)
			.param("code", goal.code())
			.param("name", goal.name())
			.param("weight", goal.weight())
			.param("narrative", goal.narrative())
			.query(Long.class)
			.single();
		OrderedRows.insert(jdbc, INSERT_INDICATOR, "goalId", goalId, goal.indicators(), StrategicGoals::bind);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Indicator indicator) {
		IndicatorTarget target = indicator.target();
		return statement.param("name", indicator.name())
			.param("weight", indicator.weight())
			.param("scheme", indicator.evaluationScheme())
			.param("method", indicator.evaluationMethod())
			.param("formula", indicator.formula())
			.param("targetText", target.text())
			.param("targetValue", target.value())
			.param("targetUnit", target.unit())
			.param("direction", indicator.direction() == null ? null : indicator.direction().name())
			.param("dataSource", indicator.dataSource().name());
	}

	/**
	 * Makes the stored goals of a plan those given, position by position: a goal or indicator at a
	 * position that exists keeps its row (and id, which other tables may refer to) and gets the new
	 * values; positions beyond the old lists are inserted, positions beyond the new ones removed.
	 */
	void replace(AnnualPlanId planId, List<StrategicGoal> goals) {
		List<Long> ids = goalIds(planId);
		jdbc.sql("delete from plan_strategic_goal where plan_id = :planId and position >= :size")
			.param("planId", planId.value())
			.param("size", goals.size())
			.update();
		for (int position = 0; position < goals.size(); position++) {
			StrategicGoal goal = goals.get(position);
			if (position >= ids.size()) {
				insertGoal(planId, position, goal);
				continue;
			}
			long goalId = ids.get(position);
			jdbc.sql(UPDATE_GOAL)
				.param("id", goalId)
				.param("code", goal.code())
				.param("name", goal.name())
				.param("weight", goal.weight())
				.param("narrative", goal.narrative())
				.update();
			replaceIndicators(goalId, goal.indicators());
		}
	}

	private void replaceIndicators(long goalId, List<Indicator> indicators) {
		int stored = jdbc.sql("select count(*) from plan_indicator where goal_id = :goalId")
			.param("goalId", goalId)
			.query(Integer.class)
			.single();
		jdbc.sql("delete from plan_indicator where goal_id = :goalId and position >= :size")
			.param("goalId", goalId)
			.param("size", indicators.size())
			.update();
		for (int position = 0; position < indicators.size(); position++) {
			String sql = position < stored ? UPDATE_INDICATOR : INSERT_INDICATOR;
			bind(jdbc.sql(sql).param("goalId", goalId).param("position", position), indicators.get(position))
				.update();
		}
	}

	private List<Long> goalIds(AnnualPlanId planId) {
		return jdbc.sql("select id from plan_strategic_goal where plan_id = :planId order by position")
			.param("planId", planId.value())
			.query(Long.class)
			.list();
	}

	List<StrategicGoal> of(AnnualPlanId planId) {
		Map<Long, List<Indicator>> indicators = new LinkedHashMap<>();
		jdbc.sql(SELECT_INDICATORS).param("planId", planId.value()).query(rs -> {
			indicators.computeIfAbsent(rs.getLong("goal_id"), id -> new ArrayList<>()).add(indicator(rs));
		});
		return jdbc.sql(SELECT_GOALS)
			.param("planId", planId.value())
			.query((rs, row) -> new StrategicGoal(rs.getString("code"), rs.getString("name"),
					rs.getBigDecimal("weight"), rs.getString("narrative"),
					indicators.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** Removes the goals of a plan, and with them their indicators. */
	void removeFrom(AnnualPlanId planId) {
		jdbc.sql("delete from plan_strategic_goal where plan_id = :planId").param("planId", planId.value()).update();
	}

	private static Indicator indicator(ResultSet rs) throws SQLException {
		String direction = rs.getString("direction");
		String dataSource = rs.getString("data_source");
		return new Indicator(rs.getString("name"), rs.getBigDecimal("weight"),
				rs.getObject("evaluation_scheme", Integer.class), rs.getString("evaluation_method"),
				rs.getString("formula_text"), new IndicatorTarget(rs.getString("target_text"),
						rs.getBigDecimal("target_value"), rs.getString("target_unit")),
				direction == null ? null : Direction.valueOf(direction),
				dataSource == null ? DataSource.MANUAL : DataSource.valueOf(dataSource));
	}

}
