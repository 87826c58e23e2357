package tw.yankao.tracking.meetings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.Book.Block;
import tw.yankao.shared.document.Book.Heading;
import tw.yankao.shared.document.Book.Paragraph;
import tw.yankao.shared.document.Book.Table;
import tw.yankao.shared.time.RocDates;
import tw.yankao.tracking.ExecutionRate;
import tw.yankao.tracking.LagClass;

/**
 * Lays out control-meeting packs as books. A pack is in Chinese whatever the reader's language:
 * it is the meeting's paper. Every section is a heading followed by one table (or a paragraph
 * saying there is nothing), so that each table becomes a sheet of its own in a spreadsheet.
 * Stateless and thread-safe.
 */
public final class MeetingPackComposer {

	static final String RANKING = "一、各機關列管案件執行率排名";
	static final String SERIOUSLY_BEHIND = "二、嚴重落後案件";
	static final String HISTORY = "三、嚴重落後案件近期進度";
	static final String COORDINATION = "四、請求府層級協調事項";
	static final String AGENCY_BEHIND = "二、進度落後及嚴重落後案件";
	static final String REPORTS = "應提報告";
	static final String NO_REPORT = "未填報";

	/**
	 * Ranks agencies by execution rate, highest first; of equal rates the one tracking more items
	 * first (it kept more of them on schedule), then by name so that the order is stable.
	 */
	public List<ExecutionRate> ranking(CityPack pack) {
		return pack.rates().stream()
			.filter(rate -> rate.tracked() > 0)
			.sorted(Comparator.comparing(ExecutionRate::rate).reversed()
				.thenComparing(Comparator.comparingLong(ExecutionRate::tracked).reversed())
				.thenComparing(rate -> pack.agencyNames().getOrDefault(rate.agencyId(), "")))
			.toList();
	}

	public Book city(CityPack pack) {
		String title = pack.cityName() + RocDates.formatMonth(pack.month()) + "管制會報資料";
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Book.Title(title));
		ExecutionRate city = ExecutionRate.city(pack.rates());
		blocks.add(new Paragraph("全市列管案件 " + city.tracked() + " 件，執行率 " + percent(city) + "；執行率未達 "
				+ pack.linePercent().stripTrailingZeros().toPlainString() + "% 之機關應提報告，落後達嚴重落後標準之案件逐案檢討。"));
		blocks.add(new Heading(1, RANKING, false));
		blocks.add(rankingTable(pack));
		blocks.add(new Heading(1, SERIOUSLY_BEHIND, false));
		blocks.add(laggingTable(pack.seriouslyBehind(), true));
		blocks.add(new Heading(1, HISTORY, false));
		blocks.add(historyTable(pack));
		blocks.add(new Heading(1, COORDINATION, false));
		blocks.add(laggingTable(pack.coordination(), true));
		return new Book(title, blocks);
	}

	public Book agency(AgencyPack pack) {
		String title = pack.agencyName() + RocDates.formatMonth(pack.month()) + "管制會報資料";
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Book.Title(title));
		blocks.add(new Heading(1, "一、執行率", false));
		ExecutionRate rate = pack.rate();
		blocks.add(new Paragraph(rate == null ? "本月無列管案件。"
				: "列管案件 " + rate.tracked() + " 件：超前 " + rate.ahead() + " 件、如期 " + rate.onSchedule() + " 件、落後 "
						+ rate.behind() + " 件（含未填報）、嚴重落後 " + rate.seriouslyBehind() + " 件，執行率 " + percent(rate) + "。"));
		blocks.add(new Heading(1, AGENCY_BEHIND, false));
		blocks.add(laggingTable(pack.behind(), false));
		return new Book(title, blocks);
	}

	private Table rankingTable(CityPack pack) {
		List<List<String>> rows = new ArrayList<>();
		int rank = 0;
		for (ExecutionRate rate : ranking(pack)) {
			rank++;
			rows.add(List.of(String.valueOf(rank), pack.agencyNames().getOrDefault(rate.agencyId(), ""),
					String.valueOf(rate.tracked()), String.valueOf(rate.ahead()), String.valueOf(rate.onSchedule()),
					String.valueOf(rate.behind()), String.valueOf(rate.seriouslyBehind()), percent(rate),
					rate.isUnder(pack.linePercent()) ? REPORTS : ""));
		}
		return new Table(List.of(2, 5, 2, 2, 2, 2, 2, 3, 2),
				List.of("排名", "機關", "列管", "超前", "如期", "落後", "嚴重落後", "執行率", "報告"), rows);
	}

	private static Table laggingTable(List<LaggingItem> items, boolean withAgency) {
		List<List<String>> rows = new ArrayList<>();
		for (LaggingItem item : items) {
			List<String> row = new ArrayList<>(List.of(item.number(), item.title()));
			if (withAgency) {
				row.add(item.agencyName());
			}
			row.addAll(List.of(lagClass(item.lagClass()), number(item.planned()), number(item.actual()),
					number(item.lag()), text(item.problems()), text(item.countermeasures())));
			rows.add(row);
		}
		List<String> header = new ArrayList<>(List.of("案號", "案件名稱"));
		List<Integer> widths = new ArrayList<>(List.of(3, 5));
		if (withAgency) {
			header.add("機關");
			widths.add(3);
		}
		header.addAll(List.of("狀況", "預定進度(%)", "實際進度(%)", "落後(百分點)", "落後原因", "因應對策"));
		widths.addAll(List.of(2, 2, 2, 2, 5, 5));
		return new Table(widths, header, rows);
	}

	private static Table historyTable(CityPack pack) {
		List<List<String>> rows = new ArrayList<>();
		for (LaggingItem item : pack.seriouslyBehind()) {
			for (MonthProgress month : pack.history().getOrDefault(item.itemId(), List.of())) {
				rows.add(List.of(item.number(), RocDates.formatMonth(month.month()), number(month.planned()),
						number(month.actual()), number(month.lag())));
			}
		}
		return new Table(List.of(3, 3, 2, 2, 2), List.of("案號", "月份", "預定進度(%)", "實際進度(%)", "落後(百分點)"), rows);
	}

	/** The rate as a percent with two decimals, as the seeds print it (91.99%). */
	static String percent(ExecutionRate rate) {
		return rate.rate().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	private static String lagClass(LagClass lagClass) {
		if (lagClass == null) {
			return NO_REPORT;
		}
		return switch (lagClass) {
			case AHEAD -> "超前";
			case ON_SCHEDULE -> "如期";
			case BEHIND -> "落後";
			case SERIOUSLY_BEHIND -> "嚴重落後";
		};
	}

	private static String number(BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString();
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? "—" : value.strip().replaceAll("\\s*\\R\\s*", " ");
	}

}
