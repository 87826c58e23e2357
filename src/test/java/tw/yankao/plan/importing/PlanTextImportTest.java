package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import tw.yankao.plan.importing.ImportedPlan.Direction;
import tw.yankao.plan.importing.ImportedPlan.Goal;
import tw.yankao.plan.importing.ImportedPlan.Indicator;

/** Plans the parser was not written for, and texts that are not plans. */
class PlanTextImportTest {

	// other numbering (第一部分 without colon, (一) objectives, 1. goals, (1) indicators),
	// full-width digits and brackets, a milestone ladder and an upper bound
	private static final String UNSEEN_PLAN = String.join("\n",
			"新北市政府資訊中心　１１４年度施政計畫",
			"",
			"第一部分　年度施政目標",
			"(一)打造智慧服務",
			"    推動線上申辦，減少臨櫃。",
			"(二)強化資訊安全：",
			"",
			"第二部分：衡量指標",
			"策略目標\t衡量指標\t衡量標準\t目標值",
			"1.智慧服務（２０％）\t(1)線上申辦案件數（１２％）\t線上申辦案件總數\t１２，０００件",
			"\t(2)系統可用率（８％）\t可用時間/總時間*100%\t25%→50%→100%",
			"2.資訊安全（１０％）\t(1)資安事件數（１０％）\t發生之資安事件數\t≦3件",
			"",
			"第三部分　重要施政計畫",
			"工作計畫\t計畫項目\t實施內容\t預算（千元）",
			"智慧服務\t1.線上申辦平臺\t<p>擴充申辦項目。</p>\t1,234",
			"\t2.行動服務\t開發行動應用。\t５００",
			"資訊安全\t1.資安防護\t辦理資安健診。\t2,000",
			"",
			"第四部分　附錄",
			"本計畫經市務會議通過。",
			"",
			"聯絡人：王小明");

	// parts numbered 一、二 instead of 壹、貳; cell-per-line tables; HTML lists in cells
	private static final String PLAN_WITHOUT_NUMBERED_PARTS = String.join("\n",
			"臺南市政府研究發展考核委員會",
			"114年度施政計畫",
			"一、年度施政目標",
			"(一)提升為民服務品質",
			"(二)推動數位治理",
			"二、年度關鍵績效指標",
			"\t策略目標",
			"(權重)",
			"\t衡量指標",
			"(權重)",
			"\t衡量標準",
			"\t目標值",
			"",
			"\t一、服務品質(30%)",
			"\t(一)陳情案件依限結案率(30%)",
			"\t依限結案件數/結案件數*100%",
			"\t≥95%",
			"",
			"三、年度重要施政計畫",
			"工作計畫\t重要施政計畫項目\t實施內容",
			"一、為民服務\t1、陳情管考 (1) 月報 (2) 季報\t<ol><li>1、每月統計。</li><li>2、每季檢討。</li></ol>");

	// weights in columns of their own, goals on rows of their own, a prior-year review
	private static final String PLAN_WITH_WEIGHT_COLUMNS = String.join("\n",
			"高雄市政府研考會 114 年度施政計畫",
			"壹、年度策略績效目標及衡量指標",
			"策略目標\t權重\t衡量指標\t權重\t評估方式\t衡量標準\t目標值",
			"一、智慧治理\t25%",
			"\t\t開放資料集數\t15%\t統計數據\t新增資料集數\t120 筆",
			"\t\t線上服務滿意度\t10%\t文件資料\t問卷\t≥85%",
			"貳、上(113)年度實施狀況及成果概述",
			"策略目標\t衡量指標\t原定目標值\t達成情形分析",
			"一、智慧治理(25%)\t",
			"\t開放資料集數(15%)\t100 筆\t已新增 110 筆(110/100)。");

	private final PlanTextImport planImport = new PlanTextImport();

	@Test
	void readsAPlanWithOtherNumberingAndSpacing() {
		ImportedPlan plan = planImport.read(UNSEEN_PLAN);

		assertThat(plan.agency().name()).isEqualTo("新北市政府資訊中心");
		assertThat(plan.year()).isEqualTo(114);
		assertThat(plan.objectives()).containsExactly("打造智慧服務\n推動線上申辦，減少臨櫃。", "強化資訊安全");
		assertThat(plan.goals()).extracting(Goal::code, Goal::name).containsExactly(
				org.assertj.core.groups.Tuple.tuple("1", "智慧服務"), org.assertj.core.groups.Tuple.tuple("2", "資訊安全"));
		assertThat(plan.goals()).extracting(Goal::weight).map(BigDecimal::intValue).containsExactly(20, 10);
		Indicator cases = plan.goals().get(0).indicators().get(0);
		assertThat(cases.name()).isEqualTo("線上申辦案件數");
		assertThat(cases.target().value()).isEqualByComparingTo("12000");
		assertThat(cases.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
		assertThat(plan.goals().get(0).indicators().get(1).direction()).isEqualTo(Direction.MILESTONES);
		assertThat(plan.goals().get(1).indicators().get(0).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
	}

	@Test
	void readsAPlanWhosePartsAreNumberedLikeObjectives() {
		ImportedPlan plan = planImport.read(PLAN_WITHOUT_NUMBERED_PARTS);

		assertThat(plan.agency().name()).isEqualTo("臺南市政府研究發展考核委員會");
		assertThat(plan.year()).isEqualTo(114);
		assertThat(plan.objectives()).containsExactly("提升為民服務品質", "推動數位治理");
		assertThat(plan.goals()).singleElement().satisfies(goal -> {
			assertThat(goal.code()).isEqualTo("一");
			assertThat(goal.name()).isEqualTo("服務品質");
			assertThat(goal.indicators()).singleElement().satisfies(indicator -> {
				assertThat(indicator.name()).isEqualTo("陳情案件依限結案率");
				assertThat(indicator.formula()).isEqualTo("依限結案件數/結案件數*100%");
				assertThat(indicator.target().value()).isEqualByComparingTo("95");
			});
		});
		assertThat(plan.programmes()).singleElement().satisfies(programme -> {
			assertThat(programme.workPlan()).isEqualTo("為民服務");
			assertThat(programme.items()).singleElement().satisfies(item -> {
				assertThat(item.name()).isEqualTo("陳情管考");
				assertThat(item.content()).isEqualTo("(1) 月報 (2) 季報 1、每月統計。 2、每季檢討。");
			});
		});
		assertThat(plan.unrecognised()).isEmpty();
	}

	@Test
	void readsWeightsInColumnsOfTheirOwnAndGoalsOnRowsOfTheirOwn() {
		ImportedPlan plan = planImport.read(PLAN_WITH_WEIGHT_COLUMNS);

		assertThat(plan.goals()).singleElement().satisfies(goal -> {
			assertThat(goal.code()).isEqualTo("一");
			assertThat(goal.name()).isEqualTo("智慧治理");
			assertThat(goal.weight()).isEqualByComparingTo("25");
			assertThat(goal.indicators()).extracting(Indicator::name, i -> i.weight().intValue(), Indicator::evaluationMethod)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("開放資料集數", 15, "統計數據"),
						org.assertj.core.groups.Tuple.tuple("線上服務滿意度", 10, "文件資料"));
		});
		assertThat(plan.priorYear()).singleElement().satisfies(result -> {
			assertThat(result.year()).isEqualTo(113);
			assertThat(result.goal()).isEqualTo("智慧治理");
			assertThat(result.indicator()).isEqualTo("開放資料集數");
			assertThat(result.target().value()).isEqualByComparingTo("100");
			assertThat(result.analysis()).isEqualTo("已新增 110 筆(110/100)。");
		});
		assertThat(plan.unrecognised()).isEmpty();
	}

	@Test
	void readsProgrammesWithTheirBudget() {
		ImportedPlan plan = planImport.read(UNSEEN_PLAN);

		assertThat(plan.programmes()).extracting(p -> p.workPlan() + ":" + p.items().size())
			.containsExactly("智慧服務:2", "資訊安全:1");
		assertThat(plan.programmes().get(0).items().get(0).content()).isEqualTo("擴充申辦項目。");
		assertThat(plan.budget()).extracting(b -> b.category() + "/" + b.item() + "/" + b.amount())
			.containsExactly("智慧服務/線上申辦平臺/1234", "智慧服務/行動服務/500", "資訊安全/資安防護/2000");
	}

	@Test
	void keepsColumnsItDoesNotMapInTheContentAfterTheirHeader() {
		String text = "壹、重要施政計畫\n工作計畫\t重要計畫項目\t實施內容\t主辦機關\n研究發展\t委託研究\t辦理研究。\t研考會\n";

		ImportedPlan plan = planImport.read(text);

		assertThat(plan.programmes()).singleElement()
			.satisfies(p -> assertThat(p.items().get(0).content()).isEqualTo("辦理研究。 主辦機關：研考會"));
	}

	@Test
	void keepsAnAmountThatIsNotANumberInTheContent() {
		String text = "壹、重要施政計畫與預算\n計畫名稱\t實施內容\t經費(千元)\n委託研究\t辦理研究。\t另案編列\n";

		ImportedPlan plan = planImport.read(text);

		assertThat(plan.budget()).singleElement().satisfies(line -> assertThat(line.amount()).isNull());
		assertThat(plan.programmes().get(0).items().get(0).content()).isEqualTo("辦理研究。 經費(千元)：另案編列");
	}

	@Test
	void readsABudgetTableApartFromTheProgrammesAsTheirAmountsNotAsMoreProgrammes() {
		String text = "壹、重要施政計畫\n工作計畫\t重要施政計畫項目\t實施內容\n一、研究發展\t1. 委託研究\t辦理研究。\n"
				+ "\t2. 研究獎助\t獎助師生。\n\n預算配合對照表\n工作計畫\t重要施政計畫項目\t預算數(千元)\n"
				+ "研究發展\t委託研究\t1,200\n\t研究獎助\t300\n\t新增項目\t50\n";

		ImportedPlan plan = planImport.read(text);

		assertThat(plan.budget()).extracting(ImportedPlan.BudgetLine::category, ImportedPlan.BudgetLine::item)
			.containsExactly(tuple("研究發展", "委託研究"), tuple("研究發展", "研究獎助"), tuple("研究發展", "新增項目"));
		assertThat(plan.programmes().get(0).items())
			.extracting(ImportedPlan.ProgrammeItem::name, ImportedPlan.ProgrammeItem::content, ImportedPlan.ProgrammeItem::budget)
			.containsExactly(tuple("委託研究", "辦理研究。", new BigDecimal("1200")),
					tuple("研究獎助", "獎助師生。", new BigDecimal("300")));
		// an item the programmes table does not list is still not lost
		assertThat(plan.programmes()).flatExtracting(ImportedPlan.Programme::items)
			.extracting(ImportedPlan.ProgrammeItem::name)
			.containsExactly("委託研究", "研究獎助", "新增項目");
	}

	@Test
	void reportsWhatItDoesNotRecogniseWithLineNumbers() {
		ImportedPlan plan = planImport.read(UNSEEN_PLAN);

		assertThat(plan.unrecognised()).singleElement().satisfies(block -> {
			assertThat(block.fromLine()).isEqualTo(20);
			assertThat(block.toLine()).isEqualTo(23);
			assertThat(block.text()).isEqualTo("第四部分 附錄\n本計畫經市務會議通過。\n聯絡人：王小明");
		});
	}

	@Test
	void keepsATableRowItCannotReadAsUnrecognised() {
		String text = UNSEEN_PLAN.replace("2.資訊安全（１０％）\t(1)資安事件數（１０％）", "2.資訊安全\t資安事件數");

		ImportedPlan plan = planImport.read(text);

		assertThat(plan.goals()).hasSize(1);
		assertThat(plan.unrecognised()).first().satisfies(block -> {
			assertThat(block.fromLine()).isEqualTo(12);
			assertThat(block.toLine()).isEqualTo(12);
			assertThat(block.text()).startsWith("2.資訊安全\t資安事件數");
		});
	}

	@Test
	void aHeaderRepeatedAfterAPageBreakIsNotAProgrammeAndACellCutByItIsJoined() {
		String text = String.join("\n",
				"臺中市政府地政局 115 年度施政計畫",
				"參、年度重要施政計畫",
				"工作計畫\t重要施政計畫項目\t實施內容",
				"一、地籍管理\t1. 地籍清理\t清查未登記土地，",
				"",
				"工作計畫\t重要施政計畫項目\t實施內容",
				"\t\t並輔導權利人申辦登記。",
				"\t2. 地價查估\t辦理公告地價評議。");

		ImportedPlan plan = planImport.read(text);

		assertThat(plan.programmes()).singleElement().satisfies(programme -> {
			assertThat(programme.workPlan()).isEqualTo("地籍管理");
			assertThat(programme.items()).extracting(ImportedPlan.ProgrammeItem::name).containsExactly("地籍清理", "地價查估");
			assertThat(programme.items().get(0).content()).startsWith("清查未登記土地，").endsWith("並輔導權利人申辦登記。");
		});
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> planImport.read(new byte[0])).isInstanceOf(PlanImportException.class)
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> planImport.read(" \n\t\n".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("empty");
	}

	@Test
	void refusesABinaryFile() {
		byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

		assertThatThrownBy(() -> planImport.read(png)).isInstanceOf(PlanImportException.class)
			.hasMessageContaining("binary");
	}

	@Test
	void readsBig5TextAsItsUtf8() {
		byte[] big5 = UNSEEN_PLAN.getBytes(Charset.forName("x-windows-950"));

		assertThat(planImport.read(big5)).isEqualTo(planImport.read(UNSEEN_PLAN));
	}

	@Test
	void refusesAFileOverTheSizeLimit() {
		byte[] large = new byte[PlanTextImport.MAX_BYTES + 1];
		Arrays.fill(large, (byte) 'a');

		assertThatThrownBy(() -> planImport.read(large)).isInstanceOf(PlanImportException.class)
			.hasMessageContaining("10 MB");
	}

	@Test
	void refusesProseThatIsNotAPlan() {
		String prose = "今天天氣很好。\n\n我們去公園散步，看見很多人在運動。\n";

		assertThatThrownBy(() -> planImport.read(prose)).isInstanceOf(PlanImportException.class)
			.hasMessageContaining("does not look like a plan");
	}

}
