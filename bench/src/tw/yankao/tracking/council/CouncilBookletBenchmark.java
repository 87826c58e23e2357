package tw.yankao.tracking.council;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyKind;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookFont;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.document.BookRenderers;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.council.CouncilQuestion.ReplyState;

/**
 * The booklet of a large council session (40 agencies × 25 questions, each with a three-line text
 * and, for four in five, a five-line approved reply), composed in memory and written as ODT, DOCX
 * and PDF after a warm-up, against the same booklet written as plain text in the same run.
 */
public final class CouncilBookletBenchmark {

	private static final int AGENCIES = 40;
	private static final int QUESTIONS = 25;
	private static final int ROUNDS = 3;
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	private static final String LINE = "請市府說明本案辦理情形、經費來源及預定完成期程，並檢討跨機關協調機制以回應市民需求。";

	public static void main(String[] args) throws IOException {
		List<Agency> agencies = new ArrayList<>();
		List<CouncilQuestion> questions = new ArrayList<>();
		LocalDate due = LocalDate.of(2026, 12, 31);
		for (int a = 1; a <= AGENCIES; a++) {
			agencies.add(new Agency(a, "B-" + a, null, AgencyKind.FIRST_LEVEL, "第" + a + "局", "Bureau " + a,
					LocalDate.of(2010, 12, 25), null, a));
			for (int q = 1; q <= QUESTIONS; q++) {
				boolean replied = q % 5 != 0;
				questions.add(new CouncilQuestion(a * 100L + q, 1, TrackedItemType.COUNCILLOR_QUESTION,
						String.valueOf((a - 1) * QUESTIONS + q), "某某議員", "第" + a + "局質詢事項" + q,
						String.join("\n", LINE, LINE, LINE), a, List.of(), due,
						replied ? ReplyState.APPROVED : ReplyState.OPEN,
						replied ? String.join("\n", LINE, LINE, LINE, LINE, LINE) : null,
						replied ? Instant.parse("2026-12-01T02:00:00Z") : null, replied ? false : null, 2));
			}
		}
		CouncilSession session = new CouncilSession(1, 4, CouncilSession.Kind.REGULAR, 6, LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 11, 30), due);
		long composeStart = System.nanoTime();
		Book book = CouncilBooklet.compose("臺中市議會", session, questions, agencies);
		System.out.printf("BENCH council-booklet compose_first %.3f s%n", (System.nanoTime() - composeStart) / 1e9);
		BookRenderers renderers = new BookRenderers(() -> BookFont.find(System.getProperty(BookFont.PROPERTY), List.of(
				"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,3")));
		for (BookFormat format : BookFormat.values()) {
			write(renderers, format, book);
		}
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
			String metric = format == BookFormat.TXT ? "booklet_baseline_text" : "booklet_" + format.extension();
			System.out.printf("BENCH council-booklet %s_median %.3f s%n", metric, nanos[ROUNDS / 2] / 1e9);
			System.out.printf("BENCH council-booklet %s_cpu_median %.3f s%n", metric, cpu[ROUNDS / 2] / 1e9);
			System.out.printf("BENCH council-booklet %s_size %.2f MB%n", "booklet_" + format.extension(), bytes / 1e6);
		}
	}

	private static long write(BookRenderers renderers, BookFormat format, Book book) throws IOException {
		Counting out = new Counting();
		renderers.of(format).write(book, out);
		return out.count;
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

	private CouncilBookletBenchmark() {
	}

}
