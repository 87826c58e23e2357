package tw.yankao.plan.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.Indicator;
import tw.yankao.plan.PlanContent;
import tw.yankao.plan.PlanContent.BudgetLine;
import tw.yankao.plan.PlanContent.PriorYearReview;
import tw.yankao.plan.PlanNarrative;
import tw.yankao.plan.Programme;
import tw.yankao.plan.StrategicGoal;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.Book.Block;
import tw.yankao.shared.document.Book.Contents;
import tw.yankao.shared.document.Book.Heading;
import tw.yankao.shared.document.Book.Paragraph;
import tw.yankao.shared.document.Book.Table;

/**
 * Lays out plan books in the seeds' form. The book is in Chinese whatever the reader's language:
 * it is the official document, and the plan import reads its headings and table headers back.
 *
 * <p>The tables follow seeds 002/003 so that a book flattened to lines (a paragraph a line, a
 * table row a line with its cells joined by TAB) imports back to the same plan: a goal's code and
 * its name with weight only on its first indicator's row, the indicator's name with weight, then
 * scheme, method, formula and target; work plans numbered 一、 on their first item's row, items
 * numbered 1.; the budget alignment table by work plan and item with the amount, which the
 * import reads as budget lines and as the items' amounts. Each table ends with an empty
 * paragraph, which tells a reader where it ends. The vision, mission and narrative sections come
 * before the parts; the import keeps them as narrative. Stateless and thread-safe.
 */
public final class PlanBookComposer {

	static final String CONTENTS = "目錄";
	static final String VISION = "願景";
	static final String MISSION = "使命";
	static final String OBJECTIVES = "第一部分：年度施政目標與重點";
	static final String INDICATORS = "第二部分：關鍵績效指標";
	static final String PROGRAMMES = "第三部分：年度重要施政計畫";
	static final String BUDGET = "預算配合對照表";

	/** An agency's plan with the name its book is titled with. */
	public record AgencyPlan(String agencyName, AnnualPlan plan) {
	}

	/** The book of one agency's annual plan. */
	public Book plan(AgencyPlan agencyPlan) {
		List<Block> body = new ArrayList<>();
		// the parts start on the page after the title and contents
		body.add(new Book.PageBreak());
		chapter(agencyPlan, 2, body);
		String title = title(agencyPlan);
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Book.Title(title));
		blocks.add(contents(body));
		blocks.addAll(body);
		return new Book(title, blocks);
	}

	/**
	 * The city book: each agency's plan a chapter on its own pages, in the order given (the
	 * caller orders them by agency code), under one table of contents.
	 */
	public Book city(String cityName, int rocYear, List<AgencyPlan> plans) {
		List<Block> body = new ArrayList<>();
		for (AgencyPlan plan : plans) {
			body.add(new Book.PageBreak());
			body.add(new Heading(1, title(plan), true));
			chapter(plan, 2, body);
		}
		if (plans.isEmpty()) {
			body.add(new Paragraph(rocYear + "年度尚無核定之施政計畫。"));
		}
		String title = cityName + rocYear + "年度施政計畫";
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Book.Title(title));
		blocks.add(contents(body));
		blocks.addAll(body);
		return new Book(title, blocks);
	}

	private static String title(AgencyPlan plan) {
		return (plan.agencyName() == null ? "" : plan.agencyName()) + plan.plan().summary().rocYear() + "年度施政計畫";
	}

	private static Contents contents(List<Block> body) {
		return new Contents(CONTENTS, body.stream()
			.filter(Heading.class::isInstance)
			.map(Heading.class::cast)
			.filter(Heading::listed)
			.toList());
	}

	private void chapter(AgencyPlan agencyPlan, int level, List<Block> out) {
		AnnualPlan plan = agencyPlan.plan();
		PlanContent content = plan.content();
		int year = plan.summary().rocYear();
		narrative(plan.narrative(), level, out);
		out.add(new Heading(level, OBJECTIVES, true));
		objectives(content.objectives(), level + 1, out);
		out.add(new Heading(level, INDICATORS, true));
		indicators(content.goals(), year, out);
		out.add(new Heading(level, PROGRAMMES, true));
		programmes(content.programmes(), out);
		out.add(new Heading(level + 1, BUDGET, true));
		budget(content.budget(), out);
		out.add(new Heading(level, priorYearHeading(content.priorYear(), year), true));
		priorYear(content.priorYear(), out);
	}

	/**
	 * The vision, mission and titled sections (前言 …) before the parts, each under a heading of a
	 * part's level, its text a paragraph a line. The headings are not numbered like the parts, so
	 * the import keeps them as narrative and they do not end or start a part.
	 */
	private static void narrative(PlanNarrative narrative, int level, List<Block> out) {
		prose(VISION, narrative.vision(), level, out);
		prose(MISSION, narrative.mission(), level, out);
		for (PlanNarrative.Section section : narrative.sections()) {
			out.add(new Heading(level, text(section.title()), true));
			paragraphs(section.text(), out);
		}
	}

	private static void prose(String title, String text, int level, List<Block> out) {
		if (text != null && !text.isBlank()) {
			out.add(new Heading(level, title, true));
			paragraphs(text, out);
		}
	}

	private static void paragraphs(String text, List<Block> out) {
		if (text != null) {
			text.lines().filter(line -> !line.isBlank()).map(PlanBookComposer::text).map(Paragraph::new).forEach(out::add);
		}
	}

	private static void objectives(List<String> objectives, int level, List<Block> out) {
		if (objectives.isEmpty()) {
			out.add(new Paragraph("本計畫未列年度施政目標。"));
		}
		for (int i = 0; i < objectives.size(); i++) {
			String[] lines = objectives.get(i).split("\n");
			out.add(new Heading(level, ChineseNumerals.of(i + 1) + "、" + lines[0].strip(), false));
			for (int l = 1; l < lines.length; l++) {
				if (!lines[l].isBlank()) {
					out.add(new Paragraph(lines[l].strip()));
				}
			}
		}
	}

	private static void indicators(List<StrategicGoal> goals, int year, List<Block> out) {
		if (goals.isEmpty()) {
			out.add(new Paragraph("本計畫未列策略績效目標及衡量指標。"));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (int g = 0; g < goals.size(); g++) {
			StrategicGoal goal = goals.get(g);
			String code = goal.code() == null ? ChineseNumerals.of(g + 1) : goal.code();
			String name = BookNumbers.weighted(goal.name(), goal.weight());
			if (goal.indicators().isEmpty()) {
				rows.add(List.of(code, name, "", "", "", "", ""));
			}
			for (Indicator indicator : goal.indicators()) {
				rows.add(List.of(code, name, BookNumbers.weighted(indicator.name(), indicator.weight()),
						indicator.evaluationScheme() == null ? "" : indicator.evaluationScheme().toString(),
						text(indicator.evaluationMethod()), text(indicator.formula()), text(indicator.target().text())));
				// like the seeds: the goal only on its first row
				code = "";
				name = "";
			}
		}
		table(List.of(6, 19, 22, 8, 9, 23, 13),
				List.of("編號", "策略績效目標", "衡量指標", "評估體制", "評估方式", "衡量標準", year + "年度目標值"), rows, out);
	}

	private static void programmes(List<Programme> programmes, List<Block> out) {
		if (programmes.isEmpty()) {
			out.add(new Paragraph("本計畫未列年度重要施政計畫。"));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		int numbered = 0;
		for (Programme programme : programmes) {
			String workPlan = programme.workPlan() == null ? "" : ChineseNumerals.of(++numbered) + "、" + programme.workPlan();
			for (int i = 0; i < programme.items().size(); i++) {
				Programme.Item item = programme.items().get(i);
				rows.add(List.of(workPlan, (i + 1) + ". " + text(item.name()), text(item.content())));
				workPlan = "";
			}
		}
		table(List.of(16, 26, 58), List.of("工作計畫", "重要施政計畫項目", "實施內容"), rows, out);
	}

	/**
	 * The budget alignment table: the amounts of the plan, by work plan and item. The import
	 * reads a table with an amount and no content column as budget lines, and gives each amount
	 * to the programme item of the same work plan and name; so the amounts are here only, not in
	 * the programmes table too. The work plan is on the first of its lines, as in the programmes
	 * table.
	 */
	private static void budget(List<BudgetLine> budget, List<Block> out) {
		if (budget.isEmpty()) {
			out.add(new Paragraph("本計畫未列預算配合對照表。"));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		String category = null;
		for (BudgetLine line : budget) {
			boolean first = rows.isEmpty() || !Objects.equals(line.category(), category);
			category = line.category();
			rows.add(List.of(first ? text(category) : "", text(line.item()), BookNumbers.amount(line.amountThousand())));
		}
		table(List.of(35, 45, 20), List.of("工作計畫", "重要施政計畫項目", "預算數(千元)"), rows, out);
	}

	private static String priorYearHeading(List<PriorYearReview> reviews, int year) {
		Integer reviewed = reviews.stream()
			.map(PriorYearReview::reviewedRocYear)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(year - 1);
		return "第四部分：上(" + reviewed + ")年度實施狀況及成果概述";
	}

	private static void priorYear(List<PriorYearReview> reviews, List<Block> out) {
		if (reviews.isEmpty()) {
			out.add(new Paragraph("本計畫未列上年度實施狀況。"));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		String goal = null;
		for (PriorYearReview review : reviews) {
			boolean newGoal = review.goal() != null && !review.goal().equals(goal);
			goal = review.goal() == null ? goal : review.goal();
			rows.add(List.of(newGoal ? goal : "", text(review.indicator()), text(review.target().text()),
					text(review.analysis())));
		}
		table(List.of(20, 22, 12, 46), List.of("策略績效目標", "衡量指標", "原定目標值", "績效衡量暨達成情形分析"), rows, out);
	}

	private static void table(List<Integer> widths, List<String> header, List<List<String>> rows, List<Block> out) {
		out.add(new Table(widths, header, rows.stream().map(row -> row.stream().map(PlanBookComposer::text).toList()).toList()));
		out.add(new Paragraph(""));
	}

	/** A cell or paragraph on one line: a tab or line break would break the flattened form. */
	private static String text(String text) {
		return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").strip();
	}

}
