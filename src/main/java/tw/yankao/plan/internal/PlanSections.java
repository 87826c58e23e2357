package tw.yankao.plan.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.IndicatorTarget;
import tw.yankao.plan.PlanContent.BudgetLine;
import tw.yankao.plan.PlanContent.PriorYearReview;
import tw.yankao.plan.PlanContent.UnrecognisedBlock;

/** The flat sections of plans: objectives, budget lines, prior-year review, unrecognised blocks. */
@Repository
class PlanSections {

	private static final String INSERT_REVIEW = """
			insert into plan_prior_year_review (plan_id, position, reviewed_roc_year, goal, indicator,
			                                    target_text, target_value, target_unit, analysis)
			values (:planId, :position, :year, :goal, :indicator, :targetText, :targetValue, :targetUnit, :analysis)""";

	private static final String SELECT_REVIEWS = """
			select reviewed_roc_year, goal, indicator, target_text, target_value, target_unit, analysis
			  from plan_prior_year_review
			 where plan_id = :planId
			 order by position""";

	private static final List<String> TABLES = List.of("plan_objective", "plan_budget_line", "plan_prior_year_review",
			"plan_unrecognised_block");

	private final JdbcClient jdbc;

	PlanSections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertObjectives(AnnualPlanId planId, List<String> objectives) {
		OrderedRows.insert(jdbc, "insert into plan_objective (plan_id, position, text) values (:planId, :position, :text)",
				"planId", planId.value(), objectives, (statement, text) -> statement.param("text", text));
	}

	void insertBudget(AnnualPlanId planId, List<BudgetLine> lines) {
		OrderedRows.insert(jdbc, """
				insert into plan_budget_line (plan_id, position, category, item, amount_thousand, source, notes)
				values (:planId, :position, :category, :item, :amount, :source, :notes)""", "planId", planId.value(), lines,
				(statement, line) -> statement.param("category", line.category())
					.param("item", line.item())
					.param("amount", line.amountThousand())
					.param("source", line.source())
					.param("notes", line.notes()));
	}

	void insertPriorYear(AnnualPlanId planId, List<PriorYearReview> reviews) {
		OrderedRows.insert(jdbc, INSERT_REVIEW, "planId", planId.value(), reviews,
				(statement, review) -> statement.param("year", review.reviewedRocYear())
					.param("goal", review.goal())
					.param("indicator", review.indicator())
					.param("targetText", review.target().text())
					.param("targetValue", review.target().value())
					.param("targetUnit", review.target().unit())
					.param("analysis", review.analysis()));
	}

	void insertUnrecognised(AnnualPlanId planId, List<UnrecognisedBlock> blocks) {
		OrderedRows.insert(jdbc, """
				insert into plan_unrecognised_block (plan_id, position, from_line, to_line, text)
				values (:planId, :position, :fromLine, :toLine, :text)""", "planId", planId.value(), blocks,
				(statement, block) -> statement.param("fromLine", block.fromLine())
					.param("toLine", block.toLine())
					.param("text", block.text()));
	}

	List<String> objectivesOf(AnnualPlanId planId) {
		return jdbc.sql("select text from plan_objective where plan_id = :planId order by position")
			.param("planId", planId.value())
			.query(String.class)
			.list();
	}

	List<BudgetLine> budgetOf(AnnualPlanId planId) {
		return jdbc.sql("""
				select category, item, amount_thousand, source, notes
				  from plan_budget_line
				 where plan_id = :planId
				 order by position""")
			.param("planId", planId.value())
			.query((rs, row) -> new BudgetLine(rs.getString("category"), rs.getString("item"),
					rs.getBigDecimal("amount_thousand"), rs.getString("source"), rs.getString("notes")))
			.list();
	}

	List<PriorYearReview> priorYearOf(AnnualPlanId planId) {
		return jdbc.sql(SELECT_REVIEWS)
			.param("planId", planId.value())
			.query((rs, row) -> new PriorYearReview(rs.getObject("reviewed_roc_year", Integer.class),
					rs.getString("goal"), rs.getString("indicator"), new IndicatorTarget(rs.getString("target_text"),
							rs.getBigDecimal("target_value"), rs.getString("target_unit")),
					rs.getString("analysis")))
			.list();
	}

	List<UnrecognisedBlock> unrecognisedOf(AnnualPlanId planId) {
		return jdbc.sql("""
				select from_line, to_line, text
				  from plan_unrecognised_block
				 where plan_id = :planId
				 order by position""")
			.param("planId", planId.value())
			.query((rs, row) -> new UnrecognisedBlock(rs.getInt("from_line"), rs.getInt("to_line"), rs.getString("text")))
			.list();
	}

	void removeFrom(AnnualPlanId planId) {
		// the table names are constants of this class, never input
		TABLES.forEach(table -> jdbc.sql("delete from " + table + " where plan_id = :planId")
			.param("planId", planId.value())
			.update());
	}

}
