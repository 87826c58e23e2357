package tw.yankao.plan.editing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.DataSource;
import tw.yankao.plan.Direction;
import tw.yankao.plan.EditablePlan;
import tw.yankao.plan.Indicator;
import tw.yankao.plan.PlanContent;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanNarrative;
import tw.yankao.plan.PlanNotEditable;
import tw.yankao.plan.StaleVersion;
import tw.yankao.plan.StrategicGoal;
import tw.yankao.plan.editing.EditorForms.BudgetForm;
import tw.yankao.plan.editing.EditorForms.GoalForm;
import tw.yankao.plan.editing.EditorForms.HeaderForm;
import tw.yankao.plan.editing.EditorForms.IndicatorForm;
import tw.yankao.plan.editing.EditorForms.ObjectiveForm;
import tw.yankao.plan.editing.EditorForms.SectionsForm;
import tw.yankao.plan.editing.EditorForms.WorkPlanForm;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The editor's rules on PostgreSQL: field checks, optimistic locking, the status rule, who may
 * edit, and that a refused save leaves every table as it was.
 */
@YankaoWebTest
class PlanEditorTest {

	@Autowired
	PlanEditor editor;

	@Autowired
	PlanManagement plans;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	AnnualPlanId id;

	@BeforeEach
	void draft() {
		EditorFixture.removeYears(jdbc);
		id = EditorFixture.draftWithGoals(plans, users.ownAgency(), 901);
		EditorFixture.actAs(Role.AGENCY_LIAISON, users.ownAgency());
	}

	@AfterEach
	void clean() {
		EditorFixture.actAsNobody();
		EditorFixture.removeYears(jdbc);
	}

	@Test
	void aSavedGoalRaisesTheVersionAndKeepsItsIndicatorsAndRow() {
		long goalRow = goalRowId(1);

		AnnualPlan saved = editor.goal(id, 1, 1, new GoalForm("二", "精進服務品質", "２５", "說明文字"));

		assertThat(saved.summary().version()).isEqualTo(2);
		assertThat(saved.content().goals().get(1).name()).isEqualTo("精進服務品質");
		assertThat(saved.content().goals().get(1).weight()).isEqualByComparingTo("25");
		assertThat(saved.content().goals().get(1).narrative()).isEqualTo("說明文字");
		assertThat(saved.content().goals().get(1).indicators()).extracting(Indicator::name).containsExactly("滿意度");
		assertThat(goalRowId(1)).as("other tables may refer to the goal's row").isEqualTo(goalRow);
	}

	@Test
	void weightsNeedNotAddUpToAHundred() {
		AnnualPlan saved = editor.goal(id, 1, 0, new GoalForm("一", "提升市政效能", "70", null));

		assertThat(saved.content().goals()).extracting(g -> g.weight().intValue()).containsExactly(70, 22);
	}

	@Test
	void anIndicatorsTargetIsReadIntoValueAndUnitAndItsDirectionFollowsTheBound() {
		AnnualPlan saved = editor.indicator(id, 1, 0, 1,
				new IndicatorForm("平均處理天數", "6", "2", "統計數據", "總天數/案件數", "≤120", "", "FORMULA"));

		Indicator indicator = saved.content().goals().get(0).indicators().get(1);
		assertThat(indicator.target().text()).isEqualTo("≤120");
		assertThat(indicator.target().value()).isEqualByComparingTo("120");
		assertThat(indicator.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
		assertThat(indicator.dataSource()).isEqualTo(DataSource.FORMULA);
		assertThat(indicator.evaluationScheme()).isEqualTo(2);
	}

	@Test
	void everyBadFieldIsNamedAndNothingIsSaved() {
		Map<String, Long> before = rows();

		assertThatThrownBy(() -> editor.indicator(id, 1, 0, 0,
				new IndicatorForm(" ", "abc", "7", null, null, "大約一些", null, null)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
				.extracting(InvalidInput.FieldError::field, InvalidInput.FieldError::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("name", "plan.error.required"),
						org.assertj.core.groups.Tuple.tuple("weight", "plan.error.weight"),
						org.assertj.core.groups.Tuple.tuple("evaluationScheme", "plan.error.scheme"),
						org.assertj.core.groups.Tuple.tuple("target", "plan.error.target")));
		assertThatThrownBy(() -> editor.goal(id, 1, 0, new GoalForm("一", "名稱", "101", null)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("weight");
		assertThatThrownBy(() -> editor.budget(id, 1,
				new BudgetForm(List.of("一般"), List.of("資訊"), List.of(""), List.of("一千"), List.of(""))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("amounts[0]");

		assertThat(rows()).isEqualTo(before);
		assertThat(plans.find(id).orElseThrow().summary().version()).isEqualTo(1);
	}

	@Test
	void aSaveAgainstAnOldVersionChangesNothing() {
		editor.goal(id, 1, 0, new GoalForm("一", "第一次修改", "18", null));

		assertThatThrownBy(() -> editor.goal(id, 1, 0, new GoalForm("一", "晚到的修改", "18", null)))
			.isInstanceOfSatisfying(StaleVersion.class, stale -> assertThat(stale.current()).isEqualTo(2));
		assertThat(plans.find(id).orElseThrow().content().goals().get(0).name()).isEqualTo("第一次修改");
	}

	@Test
	void aSaveTheDatabaseRefusesHalfWayRollsBackEverything() {
		Map<String, Long> before = rows();

		// past the editor's checks: the title, prose and first goal are written before the table refuses weight 150
		assertThatThrownBy(() -> plans.revise(id, 1, "test", plan -> new EditablePlan("改過的標題",
				new PlanNarrative("願景", null, List.of(new PlanNarrative.Section("前言", "文字"))),
				plan.withContent(content -> new PlanContent(content.objectives(),
						List.of(content.goals().get(0), new StrategicGoal("二", "壞的", new BigDecimal("150"), null,
								List.of())),
						content.programmes(), content.budget(), content.priorYear(), content.unrecognised()))
					.content())))
			.isInstanceOf(DataIntegrityViolationException.class);

		assertThat(rows()).isEqualTo(before);
		AnnualPlan plan = plans.find(id).orElseThrow();
		assertThat(plan.summary().version()).isEqualTo(1);
		assertThat(plan.summary().title()).isNotEqualTo("改過的標題");
		assertThat(plan.narrative()).isEqualTo(PlanNarrative.NONE);
	}

	@Test
	void anEntryThatIsNotThereIsNotFound() {
		assertThatThrownBy(() -> editor.indicator(id, 1, 1, 5,
				new IndicatorForm("新指標", "5", "1", null, null, "10 次", null, null)))
			.isInstanceOf(tw.yankao.shared.web.NotFound.class);
		assertThat(plans.find(id).orElseThrow().summary().version()).isEqualTo(1);
	}

	@Test
	void onlyDraftsAndReturnedPlansCanBeEdited() {
		jdbc.sql("update annual_plan set status = 'SUBMITTED' where id = :id").param("id", id.value()).update();
		assertThatThrownBy(() -> editor.goal(id, 1, 0, new GoalForm("一", "x", "1", null)))
			.isInstanceOf(PlanNotEditable.class);

		jdbc.sql("update annual_plan set status = 'RETURNED' where id = :id").param("id", id.value()).update();
		assertThat(editor.goal(id, 1, 0, new GoalForm("一", "退回後修改", "1", null)).summary().version()).isEqualTo(2);
	}

	@Test
	void onlyTheAgencysLiaisonAndAdministratorsEdit() {
		EditorFixture.actAs(Role.AGENCY_LIAISON, users.otherAgency());
		assertThatThrownBy(() -> editor.goal(id, 1, 0, new GoalForm("一", "x", "1", null)))
			.isInstanceOf(AccessDeniedException.class);
		EditorFixture.actAs(Role.RDEC_STAFF, users.ownAgency());
		assertThatThrownBy(() -> editor.goal(id, 1, 0, new GoalForm("一", "x", "1", null)))
			.isInstanceOf(AccessDeniedException.class);
		EditorFixture.actAs(Role.SYSTEM_ADMIN, users.otherAgency());
		assertThat(editor.goal(id, 1, 0, new GoalForm("一", "管理者修改", "1", null)).summary().version()).isEqualTo(2);
	}

	@Test
	void orderedPartsAreAddedMovedAndRemoved() {
		editor.objective(id, 1, null, new ObjectiveForm("第三項"));
		editor.move(id, 2, PlanPart.OBJECTIVE, -1, 2);
		editor.remove(id, 3, PlanPart.OBJECTIVE, 0);
		editor.move(id, 4, PlanPart.INDICATOR, 1, 0, 0);
		AnnualPlan plan = editor.move(id, 5, PlanPart.GOAL, 1, 0);

		assertThat(plan.content().objectives()).containsExactly("第三項", "第二項施政目標");
		assertThat(plan.content().goals()).extracting(g -> g.code()).containsExactly("二", "一");
		assertThat(plan.content().goals().get(1).indicators()).extracting(Indicator::name)
			.containsExactly("研究報告", "管考執行率");
		assertThat(plan.summary().version()).isEqualTo(6);
	}

	@Test
	void headerSectionsProgrammesAndBudgetAreSaved() {
		editor.header(id, 1, new HeaderForm("新標題", "願景文字", "使命文字"));
		editor.sections(id, 2, new SectionsForm(List.of("前言", "", "結語"), List.of("前言內容", "", "")));
		editor.workPlan(id, 3, null, new WorkPlanForm("資訊業務", List.of("智慧城市", ""), List.of("建置平臺", ""),
				List.of("1,200", ""), List.of("跨年度", "")));
		AnnualPlan plan = editor.budget(id, 4, new BudgetForm(List.of("一般"), List.of("資訊"), List.of("市庫"),
				List.of("23,287"), List.of("")));

		assertThat(plan.summary().title()).isEqualTo("新標題");
		assertThat(plan.narrative().vision()).isEqualTo("願景文字");
		assertThat(plan.narrative().sections()).extracting(s -> s.title()).containsExactly("前言", "結語");
		assertThat(plan.content().programmes().get(0).items()).singleElement().satisfies(item -> {
			assertThat(item.budgetThousand()).isEqualByComparingTo("1200");
			assertThat(item.remarks()).isEqualTo("跨年度");
		});
		assertThat(plan.content().budget()).singleElement().satisfies(line -> {
			assertThat(line.amountThousand()).isEqualByComparingTo(new BigDecimal("23287"));
			assertThat(line.source()).isEqualTo("市庫");
		});
	}

	@Test
	void everySaveIsAudited() {
		long before = audits();
		editor.goal(id, 1, 0, new GoalForm("一", "稽核", "18", null));
		assertThat(audits()).isEqualTo(before + 1);
	}

	private long audits() {
		return jdbc.sql("select count(*) from audit_entry where entity = 'annual_plan' and entity_id = :id")
			.param("id", id.toString())
			.query(Long.class)
			.single();
	}

	private long goalRowId(int position) {
		return jdbc.sql("select id from plan_strategic_goal where plan_id = :id and position = :position")
			.param("id", id.value())
			.param("position", position)
			.query(Long.class)
			.single();
	}

	private Map<String, Long> rows() {
		Map<String, Long> rows = new java.util.LinkedHashMap<>();
		for (String table : List.of("plan_objective", "plan_strategic_goal", "plan_indicator", "plan_work_plan",
				"plan_programme_item", "plan_budget_line", "plan_narrative_section", "audit_entry")) {
			rows.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return rows;
	}

}
