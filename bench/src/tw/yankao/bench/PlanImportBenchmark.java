package tw.yankao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import tw.yankao.plan.importing.PlanTextImport;

/**
 * Time to import each seed plan after warm-up (goal: under 200 ms per file), against a baseline
 * measured in the same run: decoding the same bytes and splitting them into lines, the floor
 * under any text import.
 */
public final class PlanImportBenchmark {

	private static final int WARM_UP = 200;
	private static final int ROUNDS = 200;

	public static void main(String[] args) throws Exception {
		PlanTextImport planImport = new PlanTextImport();
		try (Stream<Path> files = Files.list(Path.of(args[0]))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				byte[] bytes = Files.readAllBytes(file);
				String name = file.getFileName().toString().substring(0, 3);
				report("plan-import", "seed_" + name + "_median", time(bytes, planImport::read));
				report("plan-import", "seed_" + name + "_baseline_decode_split_median",
						time(bytes, b -> new String(b, StandardCharsets.UTF_8).lines().count()));
			}
		}
	}

	private static double time(byte[] bytes, Consumer<byte[]> work) {
		for (int i = 0; i < WARM_UP; i++) {
			work.accept(bytes);
		}
		long[] nanos = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			work.accept(bytes);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos[ROUNDS / 2] / 1_000_000.0;
	}

	private static void report(String bench, String metric, double millis) {
		System.out.printf("BENCH %s %s %.3f ms%n", bench, metric, millis);
	}

	private PlanImportBenchmark() {
	}

}
