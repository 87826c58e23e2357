package tw.yankao.plan.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.PlanContent;
import tw.yankao.plan.PlanNarrative;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.Book.Block;
import tw.yankao.shared.document.Book.Contents;
import tw.yankao.shared.document.Book.Heading;
import tw.yankao.shared.document.Book.PageBreak;
import tw.yankao.shared.document.Book.Paragraph;
import tw.yankao.plan.book.PlanBookComposer.AgencyPlan;
import tw.yankao.plan.internal.SeedPlans;

class PlanBookComposerTest {

	private final PlanBookComposer composer = new PlanBookComposer();

	private final AnnualPlan empty = SeedPlans.of(
			new PlanContent(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), 110, "臺中市政府秘書處");

	@Test
	void anEmptyPlanKeepsEveryPartAndSaysItIsEmpty() {
		Book book = composer.plan(new AgencyPlan("臺中市政府秘書處", empty));

		assertThat(book.title()).isEqualTo("臺中市政府秘書處110年度施政計畫");
		assertThat(headings(book)).containsExactly("第一部分：年度施政目標與重點", "第二部分：關鍵績效指標", "第三部分：年度重要施政計畫",
				"預算配合對照表", "第四部分：上(109)年度實施狀況及成果概述");
		assertThat(book.blocks()).filteredOn(Paragraph.class::isInstance)
			.extracting(b -> ((Paragraph) b).text())
			.containsExactly("本計畫未列年度施政目標。", "本計畫未列策略績效目標及衡量指標。", "本計畫未列年度重要施政計畫。", "本計畫未列預算配合對照表。",
					"本計畫未列上年度實施狀況。");
		assertThat(book.blocks()).noneMatch(Book.Table.class::isInstance);
	}

	@Test
	void theCityBookHasOneContentsAndEachAgencyAChapterOnItsOwnPages() {
		AnnualPlan secretariat = SeedPlans.plan(SeedPlans.ALL[3]);
		Book book = composer.city("臺中市政府", 107,
				List.of(new AgencyPlan("臺中市政府秘書處", secretariat), new AgencyPlan("臺中市政府研考會", empty)));

		assertThat(book.title()).isEqualTo("臺中市政府107年度施政計畫");
		List<Contents> contents = book.blocks().stream().filter(Contents.class::isInstance).map(Contents.class::cast).toList();
		assertThat(contents).hasSize(1);
		assertThat(contents.get(0).entries()).filteredOn(h -> h.level() == 1)
			.extracting(Heading::text)
			.containsExactly("臺中市政府秘書處107年度施政計畫", "臺中市政府研考會110年度施政計畫");
		assertThat(contents.get(0).entries()).hasSize(2 * 6);
		List<Block> blocks = book.blocks();
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof Heading h && h.level() == 1) {
				assertThat(blocks.get(i - 1)).as("a page break before " + h.text()).isInstanceOf(PageBreak.class);
			}
		}
	}

	@Test
	void theVisionMissionAndNarrativeSectionsComeAfterTheContentsAndBeforeThePartsInEveryListing() {
		AnnualPlan plan = new AnnualPlan(empty.summary(), empty.agencyName(), empty.content(), NARRATIVE);

		Book book = composer.plan(new AgencyPlan("臺中市政府秘書處", plan));

		List<Block> blocks = book.blocks();
		assertThat(blocks.get(0)).isInstanceOf(Book.Title.class);
		assertThat(blocks.get(1)).isInstanceOf(Contents.class);
		int firstPart = blocks.indexOf(new Heading(2, "第一部分：年度施政目標與重點", true));
		assertThat(blocks.subList(2, firstPart)).containsExactly(new PageBreak(), new Heading(2, "願景", true),
				new Paragraph("打造智慧、效能、創新的市政。"), new Heading(2, "使命", true), new Paragraph("以研究發展帶動施政。"),
				new Paragraph("以管制考核落實施政。"), new Heading(2, "前言", true), new Paragraph("本會依市政白皮書擬訂年度施政計畫。"),
				new Heading(2, "附記", true));
		assertThat(((Contents) blocks.get(1)).entries()).extracting(Heading::text)
			.startsWith("願景", "使命", "前言", "附記", "第一部分：年度施政目標與重點");
	}

	@Test
	void aPlanWithoutProseHasNoNarrativeHeadings() {
		Book book = composer.plan(new AgencyPlan("臺中市政府秘書處", empty));

		assertThat(book.blocks()).doesNotContain(new Heading(2, "願景", true), new Heading(2, "使命", true));
	}

	/** A mission of two paragraphs with a blank line between them, and a section not written yet. */
	static final PlanNarrative NARRATIVE = new PlanNarrative("打造智慧、效能、創新的市政。", "以研究發展帶動施政。\n\n以管制考核落實施政。",
			List.of(new PlanNarrative.Section("前言", "本會依市政白皮書擬訂年度施政計畫。"),
					new PlanNarrative.Section("附記", "")));

	@Test
	void numbersArePrintedTheWayTheImportReadsThem() {
		assertThat(BookNumbers.amount(new BigDecimal("23287"))).isEqualTo("23,287");
		assertThat(BookNumbers.amount(new BigDecimal("-1234567.50"))).isEqualTo("-1,234,567.50");
		assertThat(BookNumbers.amount(BigDecimal.ZERO)).isEqualTo("0");
		assertThat(BookNumbers.weighted("提升行政效能", new BigDecimal("18.0"))).isEqualTo("提升行政效能(18%)");
		assertThat(BookNumbers.weighted("提升行政效能", new BigDecimal("2.5"))).isEqualTo("提升行政效能(2.5%)");
		assertThat(List.of(1, 10, 11, 20, 32, 99, 100).stream().map(ChineseNumerals::of))
			.containsExactly("一", "十", "十一", "二十", "三十二", "九十九", "100");
	}

	private static List<String> headings(Book book) {
		return book.blocks().stream()
			.filter(Heading.class::isInstance)
			.map(Heading.class::cast)
			.filter(h -> h.level() == 2 || h.text().equals("預算配合對照表"))
			.map(Heading::text)
			.toList();
	}

}
