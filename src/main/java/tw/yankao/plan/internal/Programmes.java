package tw.yankao.plan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.Programme;

/** The programmes of plans: work plans and their programme items. */
@Repository
class Programmes {

	private static final String INSERT_WORK_PLAN = """
			insert into plan_work_plan (plan_id, position, name)
			values (:planId, :position, :name)
			returning id""";

	private static final String INSERT_ITEM = """
			insert into plan_programme_item (work_plan_id, position, name, content, budget_thousand, remarks)
			values (:workPlanId, :position, :name, :content, :budget, :remarks)""";

	private static final String SELECT_WORK_PLANS = """
			select id, name
			  from plan_work_plan
			 where plan_id = :planId
			 order by position""";

	private static final String SELECT_ITEMS = """
			select t.work_plan_id, t.name, t.content, t.budget_thousand, t.remarks
			  from plan_programme_item t
			  join plan_work_plan w on w.id = t.work_plan_id
			 where w.plan_id = :planId
			 order by w.position, t.position""";

	private final JdbcClient jdbc;

	Programmes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AnnualPlanId planId, List<Programme> programmes) {
		for (int position = 0; position < programmes.size(); position++) {
			Programme programme = programmes.get(position);
			long workPlanId = jdbc.sql(INSERT_WORK_PLAN)
				.param("planId", planId.value())
				.param("position", position)
				.param("name", programme.workPlan())
				.query(Long.class)
				.single();
			OrderedRows.insert(jdbc, INSERT_ITEM, "workPlanId", workPlanId, programme.items(),
					(statement, item) -> statement.param("name", item.name())
						.param("content", item.content())
						.param("budget", item.budgetThousand())
						.param("remarks", item.remarks()));
		}
	}

	List<Programme> of(AnnualPlanId planId) {
		Map<Long, List<Programme.Item>> items = new LinkedHashMap<>();
		jdbc.sql(SELECT_ITEMS).param("planId", planId.value()).query(rs -> {
			items.computeIfAbsent(rs.getLong("work_plan_id"), id -> new ArrayList<>())
				.add(new Programme.Item(rs.getString("name"), rs.getString("content"),
						rs.getBigDecimal("budget_thousand"), rs.getString("remarks")));
		});
		return jdbc.sql(SELECT_WORK_PLANS)
			.param("planId", planId.value())
			.query((rs, row) -> new Programme(rs.getString("name"), items.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** Removes the work plans of a plan, and with them their items. */
	void removeFrom(AnnualPlanId planId) {
		jdbc.sql("delete from plan_work_plan where plan_id = :planId").param("planId", planId.value()).update();
	}

}
