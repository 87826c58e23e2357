package tw.yankao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.Direction;
import tw.yankao.plan.Indicator;
import tw.yankao.plan.IndicatorTarget;
import tw.yankao.plan.PlanContent;
import tw.yankao.plan.PlanCounts;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.Programme;
import tw.yankao.plan.StrategicGoal;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookFont;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.document.BookRenderers;
import tw.yankao.plan.book.PlanBookComposer;
import tw.yankao.plan.book.PlanBookComposer.AgencyPlan;

/**
 * The city book of a generated city (30 agencies × 10 goals × 30 indicators × 20 programmes),
 * composed in memory, written as ODT, DOCX and PDF after a warm-up (goals: ODT and DOCX under 5 s
 * each, PDF under 10 s, heap under 512 MB with -Xmx512m), against the same book written as plain
 * text in the same run, and the peak heap of the whole run.
 */
public final class PlanBookBenchmark {

	private static final int AGENCIES = 30;
	private static final int GOALS = 10;
	private static final int INDICATORS = 30;
	private static final int PROGRAMMES = 20;
	private static final int ITEMS = 3;
	private static final int ROUNDS = 3;
	private static final String PROSE = "持續推動本府為民服務工作，強化跨機關協調聯繫機制，精進服務流程並落實績效管理，"
			+ "以提升市民滿意度及行政效能。";

	public static void main(String[] args) throws IOException {
		List<AgencyPlan> plans = new ArrayList<>();
		for (int a = 1; a <= AGENCIES; a++) {
			plans.add(new AgencyPlan("臺中市政府第" + a + "局", plan(a)));
		}
		Book book = new PlanBookComposer().city("臺中市政府", 115, plans);
		BookRenderers renderers = new BookRenderers(() -> BookFont.find(System.getProperty(BookFont.PROPERTY), List.of(
				"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,3")));
		for (BookFormat format : BookFormat.values()) {
			write(renderers, format, book);
		}
		resetPeaks();
		for (BookFormat format : List.of(BookFormat.ODT, BookFormat.DOCX, BookFormat.PDF, BookFormat.TXT)) {
			long[] nanos = new long[ROUNDS];
			long[] cpu = new long[ROUNDS];
			long bytes = 0;
			for (int i = 0; i < ROUNDS; i++) {
				long start = System.nanoTime();
				long startCpu = THREADS.getCurrentThreadCpuTime();
				bytes = write(renderers, format, book);
				nanos[i] = System.nanoTime() - start;
				cpu[i] = THREADS.getCurrentThreadCpuTime() - startCpu;
			}
			Arrays.sort(nanos);
			Arrays.sort(cpu);
			String metric = format == BookFormat.TXT ? "city_book_baseline_text" : "city_book_" + format.extension();
			System.out.printf("BENCH plan-book %s_median %.3f s%n", metric, nanos[ROUNDS / 2] / 1e9);
			// on a shared machine the wall time includes waiting for a core; the CPU time does not
			System.out.printf("BENCH plan-book %s_cpu_median %.3f s%n", metric, cpu[ROUNDS / 2] / 1e9);
			System.out.printf("BENCH plan-book %s %.1f MB%n", "city_book_" + format.extension() + "_size", bytes / 1e6);
		}
		System.out.printf("BENCH plan-book peak_heap %.1f MB%n", peakHeap() / 1e6);
		System.out.printf("BENCH plan-book max_heap %.1f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
	}

	private static long write(BookRenderers renderers, BookFormat format, Book book) throws IOException {
		Counting out = new Counting();
		renderers.of(format).write(book, out);
		return out.count;
	}

	private static AnnualPlan plan(int agency) {
		List<String> objectives = new ArrayList<>();
		List<StrategicGoal> goals = new ArrayList<>();
		List<PlanContent.PriorYearReview> reviews = new ArrayList<>();
		for (int g = 1; g <= GOALS; g++) {
			objectives.add("策略目標" + g + "\n" + PROSE + PROSE);
			List<Indicator> indicators = new ArrayList<>();
			for (int i = 1; i <= INDICATORS; i++) {
				IndicatorTarget target = new IndicatorTarget("8" + i % 10 + "%", new BigDecimal("8" + i % 10), "%");
				indicators.add(new Indicator("衡量指標" + g + "-" + i, BigDecimal.ONE, 1, "統計數據",
						"(完成件數/列管件數)*100%", target, Direction.HIGHER_IS_BETTER));
				if (i == 1) {
					reviews.add(new PlanContent.PriorYearReview(114, "策略目標" + g, "衡量指標" + g + "-" + i, target, PROSE));
				}
			}
			goals.add(new StrategicGoal(String.valueOf(g), "策略目標" + g, BigDecimal.TEN, null, indicators));
		}
		List<Programme> programmes = new ArrayList<>();
		List<PlanContent.BudgetLine> budget = new ArrayList<>();
		for (int p = 1; p <= PROGRAMMES; p++) {
			List<Programme.Item> items = new ArrayList<>();
			for (int i = 1; i <= ITEMS; i++) {
				BigDecimal amount = BigDecimal.valueOf(1000L * p + i);
				items.add(new Programme.Item("重要施政計畫項目" + p + "-" + i, PROSE + PROSE + PROSE, amount));
				budget.add(new PlanContent.BudgetLine("工作計畫" + p, "重要施政計畫項目" + p + "-" + i, amount));
			}
			programmes.add(new Programme("工作計畫" + p, items));
		}
		PlanContent content = new PlanContent(objectives, goals, programmes, budget, reviews, List.of());
		Instant now = Instant.now();
		AnnualPlanSummary summary = new AnnualPlanSummary(new AnnualPlanId(agency), agency, 115, "bench", PlanStatus.APPROVED,
				0, null, now, now, new PlanCounts(GOALS, GOALS, GOALS * INDICATORS, PROGRAMMES, PROGRAMMES * ITEMS,
						budget.size(), reviews.size(), 0));
		return new AnnualPlan(summary, null, content);
	}

	private static final AtomicLong PEAK = new AtomicLong();
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/**
	 * Samples the heap in use every few milliseconds from now on. The pools' own peaks are not
	 * summed: each pool peaks at another moment, and their sum overstates the heap.
	 */
	private static void resetPeaks() {
		System.gc();
		Thread sampler = new Thread(() -> {
			while (true) {
				PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(2);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
	}

	private static long peakHeap() {
		return PEAK.get();
	}

	/** Discards what it is given and counts it, so that only the writing is measured. */
	private static final class Counting extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}

	}

	private PlanBookBenchmark() {
	}

}
