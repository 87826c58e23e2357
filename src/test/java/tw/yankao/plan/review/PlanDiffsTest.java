package tw.yankao.plan.review;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.Direction;
import tw.yankao.plan.Indicator;
import tw.yankao.plan.IndicatorTarget;
import tw.yankao.plan.PlanContent;
import tw.yankao.plan.PlanDiff;
import tw.yankao.plan.PlanDiff.Change;
import tw.yankao.plan.PlanRow;
import tw.yankao.plan.Programme;
import tw.yankao.plan.StrategicGoal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The rows of a plan and the comparison of two versions, without a database. */
class PlanDiffsTest {

	private static final AnnualPlanId ID = new AnnualPlanId(1);

	@Test
	void rowsHaveAnchorsByNameAndRepeatedNamesStayUnique() {
		List<PlanRow> rows = PlanRows.of(content(List.of(indicator("及格率", "83%"), indicator("及格率", "85%")),
				List.of(new PlanContent.BudgetLine("採購", "訓練", new BigDecimal("120.50")))));

		assertThat(rows).extracting(PlanRow::anchor, PlanRow::section)
			.containsExactly(tuple("objective:一、志願服務", PlanRow.Section.OBJECTIVE),
					tuple("goal:一", PlanRow.Section.GOAL),
					tuple("goal:一/indicator:及格率", PlanRow.Section.INDICATOR),
					tuple("goal:一/indicator:及格率~2", PlanRow.Section.INDICATOR),
					tuple("programme:公共關係/item:導覽", PlanRow.Section.PROGRAMME_ITEM),
					tuple("budget:採購/訓練", PlanRow.Section.BUDGET_LINE));
		assertThat(rows.get(1).fields()).containsEntry("weight", "15").containsEntry("name", "推動志願服務");
		assertThat(rows.get(5).fields()).containsEntry("amount", "120.5");
	}

	@Test
	void aChangedTargetIsTheOnlyChangedFieldOfItsRow() {
		List<PlanRow> older = PlanRows.of(content(List.of(indicator("及格率", "83%")), List.of()));
		List<PlanRow> newer = PlanRows.of(content(List.of(indicator("及格率", "85%")), List.of()));

		PlanDiff diff = PlanDiffs.of(ID, 1, older, 2, newer);

		assertThat(diff.hasChanges()).isTrue();
		assertThat(diff.rows()).extracting(PlanDiff.Row::label, PlanDiff.Row::change)
			.containsExactly(tuple("一、志願服務", Change.UNCHANGED), tuple("推動志願服務", Change.UNCHANGED),
					tuple("及格率", Change.CHANGED), tuple("導覽", Change.UNCHANGED));
		assertThat(diff.rows().get(2).fields()).filteredOn(PlanDiff.Field::changed)
			.containsExactly(new PlanDiff.Field("target", "83%", "85%", true));
	}

	@Test
	void addedAndRemovedRowsAreMarkedAndARemovedRowStaysWhereItStood() {
		List<PlanRow> older = PlanRows.of(content(List.of(indicator("甲", "1"), indicator("乙", "2"), indicator("丙", "3")),
				List.of(new PlanContent.BudgetLine("採購", "訓練", BigDecimal.TEN))));
		List<PlanRow> newer = PlanRows.of(content(List.of(indicator("甲", "1"), indicator("丙", "3"), indicator("丁", "4")),
				List.of()));

		PlanDiff diff = PlanDiffs.of(ID, 1, older, 2, newer);

		assertThat(diff.rows()).extracting(PlanDiff.Row::label, PlanDiff.Row::change)
			.containsExactly(tuple("一、志願服務", Change.UNCHANGED), tuple("推動志願服務", Change.UNCHANGED),
					tuple("甲", Change.UNCHANGED), tuple("乙", Change.REMOVED), tuple("丙", Change.UNCHANGED),
					tuple("丁", Change.ADDED), tuple("導覽", Change.UNCHANGED), tuple("訓練", Change.REMOVED));
		PlanDiff.Row removed = diff.rows().get(3);
		assertThat(removed.fields()).allSatisfy(field -> assertThat(field.after()).isNull());
		assertThat(removed.fields()).filteredOn(field -> field.name().equals("target"))
			.containsExactly(new PlanDiff.Field("target", "2", null, true));
	}

	@Test
	void aVersionComparedWithItselfHasNoChanges() {
		List<PlanRow> rows = PlanRows.of(content(List.of(indicator("甲", "1")), List.of()));

		assertThat(PlanDiffs.of(ID, 2, rows, 2, rows).hasChanges()).isFalse();
	}

	private static PlanContent content(List<Indicator> indicators, List<PlanContent.BudgetLine> budget) {
		StrategicGoal goal = new StrategicGoal("一", "推動志願服務", new BigDecimal("15.0"), null, indicators);
		Programme programme = new Programme("公共關係",
				List.of(new Programme.Item("導覽", "提供導覽服務", new BigDecimal("100"))));
		return new PlanContent(List.of("一、志願服務\n提升志工服務品質"), List.of(goal), List.of(programme), budget, List.of(),
				List.of());
	}

	private static Indicator indicator(String name, String target) {
		return new Indicator(name, BigDecimal.TEN, 1, "統計數據", "A/B*100%", new IndicatorTarget(target, null, null),
				Direction.HIGHER_IS_BETTER);
	}

}
