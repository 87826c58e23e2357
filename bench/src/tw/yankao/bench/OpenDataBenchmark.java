package tw.yankao.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import tw.yankao.YankaoApplication;
import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.UpdateFrequency;
import tw.yankao.opendata.release.Release;
import tw.yankao.opendata.release.ReleaseFiles;
import tw.yankao.opendata.release.ReleasePipeline;

import static tw.yankao.opendata.DatasetField.optional;
import static tw.yankao.opendata.DatasetField.required;
import static tw.yankao.opendata.FieldType.CODE;
import static tw.yankao.opendata.FieldType.DATE;

/**
 * A dataset release of a month of anonymised cases in the Taipei column layout (goal: under 10 s):
 * the four quality checks, the CSV, JSON and ODS files and the stored release, for 60,000 cases
 * (about twice the 1999 centre's monthly dispatch volume). The same-run baseline writes the CSV
 * file alone, the least any release must do. The argument is an empty directory for the embedded
 * PostgreSQL.
 */
public final class OpenDataBenchmark {

	private static final int CASES = 60_000;
	private static final int ROUNDS = 3;

	/** The Taipei layout (DOMAIN.md); the dataset itself waits for petition's anonymised export. */
	static final Dataset CASES_DATASET = new Dataset("bench-anonymised-cases", "陳情案件（去識別化）", "Anonymised cases",
			"基準測試用", "Benchmark", "TCG-RDEC", "公共資訊", UpdateFrequency.MONTHLY, "研考會", "opendata@taichung.gov.tw",
			List.of("陳情"),
			List.of(required("案件編號", CODE, "案件編號"), required("案件主類別", CODE, "主類別"), required("案件次類別", CODE, "次類別"),
					required("受理機關", CODE, "受理機關"), optional("受理科室", CODE, "受理科室"), required("受理日期", DATE, "受理日期"),
					required("送達日期", DATE, "送達日期"), optional("結案日期", DATE, "結案日期")),
			95);

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		try (ConfigurableApplicationContext context = new SpringApplication(YankaoApplication.class).run(
				"--yankao.db.embedded.data-dir=" + data.resolve("pg"), "--server.port=0", "--logging.level.root=WARN")) {
			ReleasePipeline pipeline = context.getBean(ReleasePipeline.class);
			YearMonth month = YearMonth.now().minusMonths(1);
			List<List<String>> rows = rows(month);
			long[] release = new long[ROUNDS];
			long[] baseline = new long[ROUNDS];
			Release last = null;
			for (int i = 0; i < ROUNDS; i++) {
				long start = System.nanoTime();
				last = pipeline.store(CASES_DATASET, month, rows);
				release[i] = System.nanoTime() - start;
				start = System.nanoTime();
				ReleaseFiles.csv(CASES_DATASET, rows);
				baseline[i] = System.nanoTime() - start;
			}
			Arrays.sort(release);
			Arrays.sort(baseline);
			System.out.printf("BENCH opendata-release release %d ms (median of %d; %d cases of %s, status %s, checks + CSV/JSON/ODS + stored; goal < 10000 ms)%n",
					release[ROUNDS / 2] / 1_000_000, ROUNDS, CASES, month, last.status());
			System.out.printf("BENCH opendata-release baseline_csv_only %d ms (median of %d; the CSV file alone)%n",
					baseline[ROUNDS / 2] / 1_000_000, ROUNDS);
		}
	}

	private static List<List<String>> rows(YearMonth month) {
		String[][] categories = { { "交通運輸", "路燈故障" }, { "交通運輸", "道路坑洞" }, { "環境保護", "噪音" },
				{ "環境保護", "垃圾清運" }, { "建築管理", "違章建築" }, { "社會福利", "急難救助" } };
		String[] agencies = { "建設局", "交通局", "環境保護局", "都市發展局", "社會局", "西屯區公所" };
		String[] units = { "養護工程科", "交通工程科", "稽查科", "使用管理科", null };
		Random random = new Random(CASES);
		List<List<String>> rows = new ArrayList<>(CASES);
		for (int i = 0; i < CASES; i++) {
			LocalDate received = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
			String[] category = categories[random.nextInt(categories.length)];
			rows.add(Arrays.asList(String.format("TC%08d", i), category[0], category[1], agencies[random.nextInt(agencies.length)],
					units[random.nextInt(units.length)], received.toString(), received.plusDays(random.nextInt(2)).toString(),
					random.nextInt(10) == 0 ? null : received.plusDays(random.nextInt(20)).toString()));
		}
		return rows;
	}

}
