package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tw.yankao.plan.importing.ImportedPlan.Direction;
import tw.yankao.plan.importing.ImportedPlan.Goal;
import tw.yankao.plan.importing.ImportedPlan.Indicator;

/** What the four seed plans say, read back from their text. */
class PlanTextImportSeedTest {

	@Test
	void rdec109HasTwelveObjectivesAndThirtyTwoProgrammeItemsInThirteenWorkPlans() {
		ImportedPlan plan = Seeds.read(Seeds.RDEC_109);

		assertThat(plan.agency().name()).isEqualTo("臺中市政府研究發展考核委員會");
		assertThat(plan.year()).isEqualTo(109);
		assertThat(titles(plan)).hasSize(12).startsWith("推動市政發展").endsWith("推動市政整合服務");
		assertThat(plan.objectives().get(0)).startsWith("推動市政發展\n(一)辦理跨領域研究").contains("\n(四)協助各區公所");
		assertThat(plan.programmes()).hasSize(13);
		assertThat(plan.programmes().stream().mapToInt(p -> p.items().size()).sum()).isEqualTo(32);
	}

	@Test
	void rdec109JoinsRowsCutByPageBreaks() {
		ImportedPlan plan = Seeds.read(Seeds.RDEC_109);

		assertThat(itemNames(plan)).contains("「中臺灣區域治理平臺」穩定運作", "提升同仁運用大數據分析之能力及開放資料品質");
		assertThat(plan.programmes()).filteredOn(p -> "提升公共工程品質".equals(p.workPlan()))
			.singleElement()
			.satisfies(p -> assertThat(p.items().get(1).content()).contains("工地執行職務").endsWith("金質獎評審。"));
	}

	@Test
	void rdec107HasThreeGoalsWhoseIndicatorWeightsAddUpToTheGoalWeights() {
		ImportedPlan plan = Seeds.read(Seeds.RDEC_107);

		assertThat(plan.year()).isEqualTo(107);
		assertThat(plan.goals()).extracting(Goal::weight).map(BigDecimal::intValue).containsExactly(18, 22, 10);
		assertThat(indicators(plan)).hasSize(15);
		for (Goal goal : plan.goals()) {
			BigDecimal sum = goal.indicators().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum).isEqualByComparingTo(goal.weight());
		}
		assertThat(indicators(plan)).extracting(i -> i.target().text()).contains("3,420萬次", "1,000則", "100,000人次");
		assertThat(indicators(plan)).filteredOn(i -> i.target().text().equals("3,420萬次"))
			.singleElement()
			.satisfies(i -> assertThat(i.target().value()).isEqualByComparingTo("34200000"));
	}

	@Test
	void rdec107HasABudgetTableOfSixteenProgrammes() {
		ImportedPlan plan = Seeds.read(Seeds.RDEC_107);

		assertThat(plan.budget()).hasSize(16);
		assertThat(plan.budget()).filteredOn(b -> b.item().equals("1999市民諮詢服務"))
			.singleElement()
			.satisfies(b -> assertThat(b.amount()).isEqualByComparingTo("23287"));
		assertThat(plan.budget()).filteredOn(b -> b.item().equals("推動本市免費無線上網服務"))
			.singleElement()
			.satisfies(b -> assertThat(b.amount()).isEqualByComparingTo("25400"));
		assertThat(plan.programmes().stream().mapToInt(p -> p.items().size()).sum()).isEqualTo(16);
	}

	@Test
	void rdec105HasSevenGoalsNineIndicatorsAndTheExecutionRateFormula() {
		ImportedPlan plan = Seeds.read(Seeds.RDEC_105);

		assertThat(plan.year()).isEqualTo(105);
		assertThat(plan.goals()).extracting(Goal::weight)
			.map(BigDecimal::intValue)
			.containsExactly(7, 7, 10, 7, 7, 7, 25);
		assertThat(indicators(plan)).hasSize(9);
		Indicator executionRate = indicators(plan).filter(i -> i.name().equals("本府標案管考執行率")).findFirst().orElseThrow();
		assertThat(executionRate.formula()).isEqualTo("(超前或相符進度案件總數/繼續列管案件總數)*100%");
		assertThat(executionRate.target().value()).isEqualByComparingTo("85");
		assertThat(executionRate.target().unit()).isEqualTo("%");
		assertThat(executionRate.evaluationScheme()).isEqualTo("1");
		assertThat(executionRate.evaluationMethod()).isEqualTo("統計數據");
	}

	@Test
	void rdec105HasSevenObjectivesWithTheirExplanationJoinedAcrossLineBreaks() {
		ImportedPlan plan = Seeds.read(Seeds.RDEC_105);

		assertThat(titles(plan)).hasSize(7).startsWith("策動研究發展風氣，提昇行政效率", "辦理民意調查，精進施政效能");
		assertThat(plan.objectives().get(5)).contains("\n(一)積極監督、流程透明：落實陳情案件作業規範，明確訂定處理流程，積極督考機關");
	}

	@Test
	void rdec105KeepsTheSubItemsOfAProgrammeItemInItsContent() {
		ImportedPlan plan = Seeds.read(Seeds.RDEC_105);

		assertThat(itemNames(plan)).contains("建置工程管考資訊系統", "落實推動三級管考機制，提升管考工作效能");
		assertThat(plan.programmes()).filteredOn(p -> "標案管制".equals(p.workPlan()))
			.singleElement()
			.satisfies(p -> assertThat(p.items().get(0).content()).startsWith("(1) 辦理各項重大建設計畫管制作業"));
	}

	@Test
	void rdec105HasThePriorYearReviewOf104() {
		ImportedPlan plan = Seeds.read(Seeds.RDEC_105);

		assertThat(plan.priorYear()).hasSize(9).allSatisfy(r -> assertThat(r.year()).isEqualTo(104));
		assertThat(plan.priorYear()).filteredOn(r -> r.indicator().equals("本府標案管考執行率"))
			.singleElement()
			.satisfies(r -> assertThat(r.analysis()).contains("104年6月30日", "2,504件", "91.99%"));
		assertThat(plan.priorYear().get(5).analysis()).contains("4、陳情案件年度考核");
	}

	@Test
	void secretariat107KeepsTheSubHeadingsOfAnObjectiveOnTheirOwnLines() {
		ImportedPlan plan = Seeds.read(Seeds.SECRETARIAT_107);

		assertThat(plan.objectives().get(1).lines()).startsWith("強化採購專業智識，有效提升本府採購效益",
				"(一) 本府採購專業人員基礎班訓練及格率");
	}

	@Test
	void secretariat107HasThreeGoalsFiveIndicatorsOneLowerIsBetter() {
		ImportedPlan plan = Seeds.read(Seeds.SECRETARIAT_107);

		assertThat(plan.agency().name()).isEqualTo("臺中市政府秘書處");
		assertThat(plan.goals()).extracting(Goal::weight).map(BigDecimal::intValue).containsExactly(15, 40, 15);
		assertThat(indicators(plan)).hasSize(5);
		assertThat(indicators(plan)).filteredOn(i -> i.direction() == Direction.LOWER_IS_BETTER)
			.singleElement()
			.satisfies(i -> assertThat(i.target().text()).isEqualTo("≤120"));
	}

	@Test
	void secretariat107HasThePriorYearReviewOf106WithItsActuals() {
		ImportedPlan plan = Seeds.read(Seeds.SECRETARIAT_107);

		assertThat(plan.priorYear()).hasSize(5).allSatisfy(r -> assertThat(r.year()).isEqualTo(106));
		String analyses = String.join("\n", plan.priorYear().stream().map(r -> r.analysis()).toList());
		assertThat(analyses).contains("89.05%(187人/210人)", "100%(10件/10件)", "7.47%(48件/643件)");
	}

	@Test
	void onlyProseAndTablesOfContentsAreLeftUnrecognised() {
		assertThat(Seeds.read(Seeds.RDEC_109).unrecognised()).extracting(u -> u.fromLine() + "-" + u.toLine())
			.containsExactly("5-11");
		assertThat(Seeds.read(Seeds.RDEC_105).unrecognised()).extracting(u -> u.fromLine() + "-" + u.toLine())
			.containsExactly("11-17", "21-29", "136-136");
	}

	private static Stream<Indicator> indicators(ImportedPlan plan) {
		return plan.goals().stream().flatMap(g -> g.indicators().stream());
	}

	private static List<String> titles(ImportedPlan plan) {
		return plan.objectives().stream().map(o -> o.lines().findFirst().orElseThrow()).toList();
	}

	private static List<String> itemNames(ImportedPlan plan) {
		return plan.programmes().stream().flatMap(p -> p.items().stream()).map(i -> i.name()).toList();
	}

}
