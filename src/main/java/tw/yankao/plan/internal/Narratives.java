package tw.yankao.plan.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanNarrative;

/**
 * The prose of plans: vision and mission on annual_plan, titled sections in
 * plan_narrative_section. Kept apart from the content so that a new import of a draft (which
 * carries no prose) leaves what the agency wrote in the editor.
 */
@Repository
class Narratives {

	private final JdbcClient jdbc;

	Narratives(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PlanNarrative of(AnnualPlanId planId) {
		List<PlanNarrative.Section> sections = jdbc
			.sql("select title, text from plan_narrative_section where plan_id = :planId order by position")
			.param("planId", planId.value())
			.query((rs, row) -> new PlanNarrative.Section(rs.getString("title"), rs.getString("text")))
			.list();
		return jdbc.sql("select vision, mission from annual_plan where id = :planId")
			.param("planId", planId.value())
			.query((rs, row) -> new PlanNarrative(rs.getString("vision"), rs.getString("mission"), sections))
			.optional()
			.orElse(PlanNarrative.NONE);
	}

	void replace(AnnualPlanId planId, PlanNarrative narrative) {
		jdbc.sql("update annual_plan set vision = :vision, mission = :mission where id = :planId")
			.param("planId", planId.value())
			.param("vision", narrative.vision())
			.param("mission", narrative.mission())
			.update();
		jdbc.sql("delete from plan_narrative_section where plan_id = :planId").param("planId", planId.value()).update();
		OrderedRows.insert(jdbc, """
				insert into plan_narrative_section (plan_id, position, title, text)
				values (:planId, :position, :title, :text)""", "planId", planId.value(), narrative.sections(),
				(statement, section) -> statement.param("title", section.title()).param("text", section.text()));
	}

}
