package tw.yankao.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.YankaoApplication;
import tw.yankao.petition.export.CaseExports;
import tw.yankao.petition.export.ExportLayout;
import tw.yankao.petition.export.Sheet;
import tw.yankao.petition.export.SheetFormat;
import tw.yankao.petition.retention.CaseAnonymiser;

/**
 * 20,000 cases received and closed in 2002, with personal data in every field; exported in both
 * layouts and every format (baseline: building the rows without writing a file), then anonymised
 * at as-of 2010 (baseline: selecting the due rows). The argument is an empty directory for the
 * embedded PostgreSQL.
 */
public final class RetentionBenchmark {

	private static final int CASES = 20_000;

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		try (ConfigurableApplicationContext context = new SpringApplication(YankaoApplication.class).run(
				"--yankao.db.embedded.data-dir=" + data.resolve("pg"), "--server.port=0", "--logging.level.root=WARN")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			jdbc.sql("""
					insert into petition_case (number, kind, channel, category, description, address, district, anonymous,
					  petitioner_name, petitioner_phone, petitioner_email, petitioner_address, reply_channel, language,
					  received_at, deadline, status, closed_at, reply)
					select 'BR' || g, 'PETITION', 'PHONE_1999', 'NOISE', '噪音，請回電 0912-345-' || lpad((g % 1000)::text, 3, '0') || ' 或 m' || g || '@example.tw',
					  '臺中市北屯區文心路四段' || g || '號', '北屯區', false, '王小明', '0912345678', 'm@example.tw', '臺中市西屯區臺灣大道三段99號',
					  'PHONE', 'zh-TW', timestamptz '2002-01-01 09:00+08' + (g % 300) * interval '1 day',
					  timestamptz '2002-01-11 09:00+08' + (g % 300) * interval '1 day', 'CLOSED',
					  timestamptz '2002-01-05 09:00+08' + (g % 300) * interval '1 day', '已回覆 0912345678'
					from generate_series(1, :n) g""").param("n", CASES).update();

			CaseExports exports = context.getBean(CaseExports.class);
			LocalDate from = LocalDate.of(2002, 1, 1);
			LocalDate to = LocalDate.of(2002, 12, 31);
			for (ExportLayout layout : ExportLayout.values()) {
				exports.export(layout, from, to, null, Locale.TAIWAN); // warm-up
				long start = System.nanoTime();
				Sheet sheet = exports.export(layout, from, to, null, Locale.TAIWAN);
				System.out.printf("BENCH retention export-%s-rows-baseline %d ms (%d rows)%n", layout.name().toLowerCase(Locale.ROOT),
						(System.nanoTime() - start) / 1_000_000, sheet.rows().size());
				for (SheetFormat format : SheetFormat.values()) {
					start = System.nanoTime();
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					format.write(exports.export(layout, from, to, null, Locale.TAIWAN), out);
					System.out.printf("BENCH retention export-%s-%s %d ms (%.1f MB)%n", layout.name().toLowerCase(Locale.ROOT),
							format.extension(), (System.nanoTime() - start) / 1_000_000, out.size() / 1e6);
				}
			}

			long start = System.nanoTime();
			int due = jdbc.sql("select id, description, reply from petition_case where closed_at < timestamptz '2005-01-01 00:00+08' and anonymised_at is null")
				.query().listOfRows().size();
			System.out.printf("BENCH retention select-due-baseline %d ms (%d rows)%n", (System.nanoTime() - start) / 1_000_000, due);
			CaseAnonymiser anonymiser = context.getBean(CaseAnonymiser.class);
			start = System.nanoTime();
			CaseAnonymiser.Result result = anonymiser.anonymise(LocalDate.of(2010, 1, 1));
			System.out.printf("BENCH retention anonymise %d ms (%d cases)%n", (System.nanoTime() - start) / 1_000_000, result.cases());
			start = System.nanoTime();
			result = anonymiser.anonymise(LocalDate.of(2010, 1, 1));
			System.out.printf("BENCH retention anonymise-rerun %d ms (%d cases)%n", (System.nanoTime() - start) / 1_000_000, result.cases());
		}
	}

}
