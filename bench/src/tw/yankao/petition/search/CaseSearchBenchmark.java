package tw.yankao.petition.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.store.FSDirectory;

import tw.yankao.shared.profile.PetitionRules;

/**
 * case-search: p95 of a similar-case search (duplicate suggestion) over 1,000,000 synthetic cases,
 * goal under 50 ms, and of a words search as the search page runs it. The index is built directly
 * (no database). Same-run baselines: a brute-force scan over the same rows held in memory, with
 * the same filters and the same bigram overlap (similar cases), and a substring scan, what
 * {@code ILIKE '%…%'} does (words search).
 */
public final class CaseSearchBenchmark {

	static final int CASES = Integer.getInteger("cases", 1_000_000);
	static final int QUERIES = 500;
	static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
	static final PetitionRules.Duplicates RULES = new PetitionRules.Duplicates(200, 30, 30);

	static final String[] CATEGORIES = { "STREET_LIGHT", "ROAD_DAMAGE", "DRAINAGE", "TRAFFIC_SIGNAL", "ILLEGAL_PARKING", "NOISE",
			"GARBAGE", "TREE", "STRAY_ANIMAL", "OTHER" };
	static final String[][] TEMPLATES = {
			{ "%s%s路燈不亮", "%s%s路燈閃爍不停", "%s%s整排路燈故障", "%s%s路燈白天一直亮" },
			{ "%s%s機車道有大坑洞", "%s%s路面破損凹陷", "%s%s人孔蓋下陷", "%s%s柏油剝落很危險" },
			{ "%s%s水溝堵塞發臭", "%s%s側溝積水", "%s%s排水孔被落葉堵住", "%s%s大雨後淹水" },
			{ "%s%s紅綠燈不亮", "%s%s號誌故障閃黃燈", "%s%s行人號誌秒數太短", "%s%s號誌被樹擋住" },
			{ "%s%s有車輛違規停車擋住出入口", "%s%s紅線長期停車", "%s%s機車占用人行道", "%s%s廢棄車輛久停" },
			{ "%s%s工地夜間施工噪音", "%s%s卡拉OK深夜很吵", "%s%s改裝車排氣管噪音", "%s%s鄰居深夜喧嘩" },
			{ "%s%s垃圾車沒有來收", "%s%s路邊有人亂丟垃圾", "%s%s大型家具棄置", "%s%s資源回收沒收" },
			{ "%s%s路樹傾倒擋住道路", "%s%s行道樹枝葉太茂密", "%s%s樹枝斷裂垂落", "%s%s路樹遮住路燈" },
			{ "%s%s流浪狗成群追車", "%s%s有受傷的流浪貓", "%s%s流浪狗半夜吠叫", "%s%s有人餵養流浪狗" },
			{ "%s%s公園設施損壞", "%s%s人行道不平", "%s%s招牌快掉下來", "%s%s空屋雜草叢生" } };
	static final String[] ROADS = { "文心路", "崇德路", "中清路", "台灣大道", "五權路", "英才路", "忠明南路", "大雅路", "北屯路",
			"太原路", "東山路", "環中路", "西屯路", "河南路", "福星路", "逢甲路", "黎明路", "向上路", "公益路", "精誠路",
			"三民路", "自由路", "復興路", "建國路", "健行路", "漢口路", "青海路", "市政路", "惠中路", "大墩路" };
	static final String[] SPOTS = { "一段", "二段", "三段", "四段", "口", "與巷口交叉處", "國小前", "公園旁", "市場旁", "便利商店前",
			"加油站對面", "捷運站出口", "停車場旁", "社區門口", "銀行前" };

	record Row(int category, double lat, double lon, long received, boolean open, String text) {
	}

	public static void main(String[] args) throws Exception {
		Random random = new Random(20261124);
		Row[] rows = new Row[CASES];
		for (int i = 0; i < CASES; i++) {
			rows[i] = row(random);
		}
		Path dir = Files.createTempDirectory("case-search-bench");
		long t0 = System.nanoTime();
		try (CaseIndex index = new CaseIndex(FSDirectory.open(dir))) {
			for (int i = 0; i < CASES; i++) {
				Row r = rows[i];
				index.add(new IndexedCase(i + 1, "B" + (i + 1), CATEGORIES[r.category()], r.text(), 1L, r.open(), "北屯區", r.lat(),
						r.lon(), Instant.ofEpochMilli(r.received()), NOW));
			}
			index.commit(NOW);
			System.out.printf("BENCH case-search index-build %.1f s%n", (System.nanoTime() - t0) / 1e9);
			System.out.printf("BENCH case-search index-size %d MB%n", size(dir) / 1_000_000);
			CaseSearch search = new CaseSearch(index);

			List<CaseProbe> probes = new ArrayList<>();
			List<String> words = new ArrayList<>();
			for (int i = 0; i < QUERIES; i++) {
				Row r = row(random);
				probes.add(new CaseProbe(CATEGORIES[r.category()], "北屯區", r.lat(), r.lon(), r.text(), NOW, null));
				String[] w = { "路燈不亮", "大坑洞", "垃圾車", "流浪狗", "噪音", "違規停車", "文心路路燈", "水溝堵塞" };
				words.add(w[i % w.length]);
			}
			// warm-up
			for (int i = 0; i < 200; i++) {
				search.similar(probes.get(i), RULES, 10);
				search.search(words.get(i), null, 50);
			}
			long[] lucene = new long[QUERIES];
			int found = 0;
			for (int i = 0; i < QUERIES; i++) {
				long s = System.nanoTime();
				found += search.similar(probes.get(i), RULES, 10).size();
				lucene[i] = System.nanoTime() - s;
			}
			report("similar-lucene", lucene);
			System.out.printf("BENCH case-search similar-found-avg %.2f cases%n", found / (double) QUERIES);

			int baselineQueries = 50;
			long[] scan = new long[baselineQueries];
			int scanned = 0;
			for (int i = 0; i < baselineQueries; i++) {
				long s = System.nanoTime();
				scanned += bruteForce(rows, probes.get(i)).size();
				scan[i] = System.nanoTime() - s;
			}
			report("similar-bruteforce-baseline", scan);
			System.out.printf("BENCH case-search similar-bruteforce-found-avg %.2f cases%n", scanned / (double) baselineQueries);

			long[] wordSearch = new long[QUERIES];
			for (int i = 0; i < QUERIES; i++) {
				long s = System.nanoTime();
				search.search(words.get(i), null, 50);
				wordSearch[i] = System.nanoTime() - s;
			}
			report("words-lucene", wordSearch);
			long[] substring = new long[20];
			for (int i = 0; i < substring.length; i++) {
				long s = System.nanoTime();
				String w = words.get(i);
				int n = 0;
				for (Row r : rows) {
					if (r.text().contains(w)) {
						n++;
					}
				}
				substring[i] = System.nanoTime() - s + (n < 0 ? 1 : 0);
			}
			report("words-substring-scan-baseline", substring);
		}
		finally {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** A case in the city core (where most calls come from), received in the last year, a quarter still open. */
	static Row row(Random random) {
		int category = random.nextInt(CATEGORIES.length);
		String[] templates = TEMPLATES[category];
		String text = templates[random.nextInt(templates.length)].formatted(ROADS[random.nextInt(ROADS.length)],
				SPOTS[random.nextInt(SPOTS.length)]);
		double lat = 24.10 + random.nextDouble() * 0.12;
		double lon = 120.60 + random.nextDouble() * 0.14;
		long received = NOW.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60))).toEpochMilli();
		return new Row(category, lat, lon, received, random.nextInt(4) == 0, text);
	}

	/** The same rule without an index: every row checked, the overlap computed for those that pass the filters. */
	static List<Integer> bruteForce(Row[] rows, CaseProbe p) {
		int category = Arrays.asList(CATEGORIES).indexOf(p.category());
		long from = p.at().minus(Duration.ofDays(RULES.days())).toEpochMilli();
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < rows.length; i++) {
			Row r = rows[i];
			if (r.category() == category && r.open() && r.received() >= from
					&& org.apache.lucene.util.SloppyMath.haversinMeters(p.latitude(), p.longitude(), r.lat(), r.lon()) <= RULES.distanceMeters()
					&& ChineseText.overlapPercent(p.description(), r.text()) >= RULES.minTextOverlapPercent()) {
				found.add(i);
			}
		}
		return found;
	}

	static void report(String name, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("BENCH case-search %s-p50 %.2f ms%n", name, sorted[sorted.length / 2] / 1e6);
		System.out.printf("BENCH case-search %s-p95 %.2f ms%n", name, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6);
	}

	static long size(Path dir) throws java.io.IOException {
		try (var files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private CaseSearchBenchmark() {
	}

}
