package tw.yankao.tracking.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import tw.yankao.tracking.ControlLevel;
import tw.yankao.tracking.LagClass;
import tw.yankao.tracking.LagRules;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemDetails;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;

/**
 * Deterministic demo items for one year: tenders with S-curve plans, and a few council
 * resolutions, mayor's commitments and overseas trip reports, each with a month of progress after every planned month.
 * About nine in ten keep to plan or run ahead, and the rest lag by amounts that make some
 * behind and some seriously behind, so that the city lands near the seeds' 92 % with some
 * agencies under the 90 % line.
 */
final class DemoItems {

	/** One item as generated; {@code months} holds planned and actual cumulative percent by month. */
	record Item(TrackedItemType type, String number, String title, long agencyId, LocalDate start, LocalDate end,
			long budget, Map<String, String> details, List<Month> months) {
	}

	/** A month's plan and report; {@code late} when the report came after the due day. */
	record Month(YearMonth month, BigDecimal planned, BigDecimal actual, BigDecimal lag, LagClass lagClass,
			boolean late, String problems, String countermeasures, boolean needsCoordination) {
	}

	private static final String[] WORKS = { "道路改善工程", "人行道改善工程", "排水改善工程", "校舍耐震補強工程",
			"公園整建工程", "路燈汰換採購", "資訊系統建置", "停車場新建工程", "委託規劃設計", "設備採購" };
	private static final String[] PLACES = { "北屯區", "西屯區", "南屯區", "太平區", "大里區", "豐原區", "烏日區", "沙鹿區",
			"清水區", "大甲區", "潭子區", "霧峰區", "東勢區", "后里區", "中區" };
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Random random;
	private static final String[][] TRIPS = { { "日本東京", "false" }, { "韓國首爾", "false" }, { "中國大陸上海", "true" },
			{ "新加坡", "false" }, { "德國柏林", "false" }, { "中國大陸廈門", "true" }, { "美國舊金山", "false" },
			{ "荷蘭阿姆斯特丹", "false" } };

	private final LagRules rules;
	private final TrackedItemDetails details;
	private final int year;

	DemoItems(long seed, LagRules rules, TrackedItemDetails details, int year) {
		this.random = new Random(seed);
		this.rules = rules;
		this.details = details;
		this.year = year;
	}

	List<Item> generate(List<Long> agencies, int tenders, int councilResolutions, int commitments) {
		List<Item> items = new ArrayList<>();
		int roc = year - 1911;
		for (int i = 1; i <= tenders; i++) {
			String title = PLACES[random.nextInt(PLACES.length)] + WORKS[random.nextInt(WORKS.length)];
			long budget = 1_000_000L + Math.round(Math.pow(random.nextDouble(), 3) * 200_000) * 1_000L;
			items.add(item(TrackedItemType.TENDER, "%d-TD-%05d".formatted(roc, i), title, pick(agencies), budget, Map.of()));
		}
		for (int i = 1; i <= councilResolutions; i++) {
			items.add(item(TrackedItemType.COUNCIL_RESOLUTION, "%d-CR-%03d".formatted(roc, i),
					"議會決議：" + PLACES[i % PLACES.length] + "交通改善", pick(agencies), 0,
					Map.of("councilSession", "第2屆第" + (1 + i % 4) + "次定期會", "replyDeadline", year + "-06-30")));
		}
		for (int i = 1; i <= commitments; i++) {
			items.add(item(TrackedItemType.MAYORS_COMMITMENT, "%d-MC-%03d".formatted(roc, i),
					"市長承諾：" + PLACES[i % PLACES.length] + "社會住宅", pick(agencies), 0,
					Map.of("source", "市政白皮書第 " + i + " 項")));
		}
		for (int i = 1; i <= TRIPS.length; i++) {
			String[] trip = TRIPS[i - 1];
			String returned = LocalDate.of(year, 1 + i, 10 + i).toString();
			items.add(item(TrackedItemType.OVERSEAS_TRIP_REPORT, "%d-OT-%03d".formatted(roc, i),
					"出國報告：" + trip[0] + "智慧城市考察建議事項", pick(agencies), 0,
					details.complete(TrackedItemType.OVERSEAS_TRIP_REPORT,
							Map.of("returnDate", returned, "destination", trip[0], "mainlandChina", trip[1]))));
		}
		return items;
	}

	private Item item(TrackedItemType type, String number, String title, long agencyId, long budget,
			Map<String, String> details) {
		int startMonth = 1 + random.nextInt(6);
		int duration = 6 + random.nextInt(7);
		LocalDate start = LocalDate.of(year, startMonth, 1 + random.nextInt(28));
		LocalDate end = start.plusMonths(duration);
		double performance = random.nextDouble();
		// the final lag in points this item drifts to: most keep to plan, some slip
		double drift = performance < 0.03 ? -(12 + random.nextDouble() * 20)
				: performance < 0.09 ? -(1 + random.nextDouble() * 8)
				: performance < 0.35 ? 1 + random.nextDouble() * 5 : 0;
		TreeMap<YearMonth, BigDecimal> plan = new TreeMap<>();
		for (int m = startMonth; m <= 12; m++) {
			double elapsed = Math.min(1.0, (m - startMonth + 1) / (double) duration);
			plan.put(YearMonth.of(year, m), percent(100 * elapsed * elapsed * (3 - 2 * elapsed)));
		}
		// classified as a saved report would be: tenders by the procurement rule, the rest by the city's
		TrackedItem item = new TrackedItem(0, type, number, title, agencyId, List.of(), ControlLevel.CITY, "", start, end,
				BigDecimal.valueOf(budget), BigDecimal.valueOf(budget), TrackedItemStatus.TRACKED, details, plan, List.of(), new TreeMap<>(), List.of(), 0);
		List<Month> months = new ArrayList<>();
		BigDecimal previous = BigDecimal.ZERO;
		for (int m = startMonth; m <= 12; m++) {
			double elapsed = Math.min(1.0, (m - startMonth + 1) / (double) duration);
			BigDecimal planned = plan.get(YearMonth.of(year, m));
			BigDecimal actual = percent(100 * elapsed * elapsed * (3 - 2 * elapsed) + drift * elapsed).max(previous);
			previous = actual;
			BigDecimal lag = LagRules.lag(actual, planned);
			LagClass lagClass = rules.classify(item, YearMonth.of(year, m), actual);
			boolean behind = !lagClass.isExecuted();
			months.add(new Month(YearMonth.of(year, m), planned, actual, lag, lagClass, random.nextInt(20) == 0,
					behind ? "用地取得及管線遷移延宕" : null, behind ? "協調地主與管線單位，調整施工順序" : null,
					lagClass == LagClass.SERIOUSLY_BEHIND && random.nextBoolean()));
		}
		return new Item(type, number, title, agencyId, start, end, budget, details, months);
	}

	private long pick(List<Long> agencies) {
		return agencies.get(random.nextInt(agencies.size()));
	}

	private static BigDecimal percent(double value) {
		return BigDecimal.valueOf(Math.max(0, Math.min(100, value))).setScale(2, RoundingMode.HALF_UP).min(HUNDRED);
	}

}
