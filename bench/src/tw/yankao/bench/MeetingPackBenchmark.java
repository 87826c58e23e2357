package tw.yankao.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.YankaoApplication;
import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyKind;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.security.Role;
import tw.yankao.tracking.meetings.MeetingPacks;

/**
 * The city control-meeting pack (ODT) over 3,000 tracked tenders with 120 months of reports each
 * (goal: under 3 s), against the same-run baseline of the plain SQL reading the same rows
 * (execution rates, seriously-behind items, their history, coordination requests) with no
 * composing or rendering. The history is generated in SQL. The argument is an empty directory for
 * the embedded PostgreSQL.
 */
public final class MeetingPackBenchmark {

	private static final int ITEMS = 3_000;
	private static final int MONTHS = 120;
	private static final YearMonth MONTH = YearMonth.of(2026, 10);

	private static final List<String> BASELINE = List.of("""
			select i.owner_agency_id, count(*), count(*) filter (where r.lag_class in ('AHEAD', 'ON_SCHEDULE')),
			       count(*) filter (where r.lag_class = 'SERIOUSLY_BEHIND')
			  from tracking_items i left join tracking_progress_reports r on r.item_id = i.id and r.month = :month
			 where i.status = 'TRACKED' and i.start_date <= :monthEnd group by i.owner_agency_id""", """
			select i.id, i.item_number, i.title, i.owner_agency_id, r.lag_class, r.planned_percent, r.actual_percent,
			       r.lag_points, r.problems, r.countermeasures
			  from tracking_items i join tracking_progress_reports r on r.item_id = i.id and r.month = :month
			 where i.status = 'TRACKED' and i.start_date <= :monthEnd
			   and (r.lag_class = 'SERIOUSLY_BEHIND' or r.needs_coordination)""", """
			select h.item_id, h.month, h.planned_percent, h.actual_percent, h.lag_points
			  from tracking_progress_reports r
			  join tracking_items i on i.id = r.item_id
			  join tracking_progress_reports h on h.item_id = r.item_id and h.month > :from and h.month <= :month
			 where r.month = :month and r.lag_class = 'SERIOUSLY_BEHIND' and i.status = 'TRACKED'
			   and i.start_date <= :monthEnd""");

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		try (ConfigurableApplicationContext context = new SpringApplication(YankaoApplication.class).run(
				"--yankao.db.embedded.data-dir=" + data.resolve("pg"), "--server.port=0", "--logging.level.root=WARN")) {
			SignedInUser admin = new SignedInUser(new CurrentUser(1, "bench", null, Set.of(Role.RDEC_STAFF)), "bench");
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			long start = System.nanoTime();
			generate(jdbc, context.getBean(AgencyDirectory.class).all());
			long generateMs = ms(start);
			long items = jdbc.sql("select count(*) from tracking_items").query(Long.class).single();
			long reports = jdbc.sql("select count(*) from tracking_progress_reports").query(Long.class).single();
			System.out.printf("BENCH meetings generate %d ms (%d items, %d reports, in SQL)%n", generateMs, items, reports);

			MeetingPacks packs = context.getBean(MeetingPacks.class);
			// the first document of each format in a fresh JVM loads odfdom's and POI's classes and schemas:
			// measured apart on a one-line book, so that the pack's figures are the pack's
			Book tiny = new Book("warm-up", List.of(new Book.Paragraph("warm-up")));
			start = System.nanoTime();
			packs.pending(tiny, BookFormat.ODT).writeTo(new ByteArrayOutputStream());
			long odtInitMs = ms(start);
			start = System.nanoTime();
			packs.pending(tiny, BookFormat.XLSX).writeTo(new ByteArrayOutputStream());
			System.out.printf("BENCH meetings renderer_first_use %d ms (ODT %d ms, XLSX %d ms: a one-line book, once per JVM)%n",
					odtInitMs + ms(start), odtInitMs, ms(start));
			Result cold = pack(packs, BookFormat.ODT);
			Result odt = pack(packs, BookFormat.ODT);
			Result xlsx = pack(packs, BookFormat.XLSX);
			System.out.printf("BENCH meetings city_pack_odt %d ms (warm: %d ms gathering and composing, %d ms rendering;"
					+ " first pack %d ms; %d table rows, %d bytes)%n", odt.ms(), odt.composeMs(), odt.ms() - odt.composeMs(),
					cold.ms(), odt.rows(), odt.bytes());
			System.out.printf("BENCH meetings city_pack_xlsx %d ms (warm: %d ms gathering and composing; %d table rows, %d bytes)%n",
					xlsx.ms(), xlsx.composeMs(), xlsx.rows(), xlsx.bytes());
			baseline(jdbc);
			start = System.nanoTime();
			long rows = baseline(jdbc);
			System.out.printf("BENCH meetings sql_baseline %d ms (warm; %d rows read by the same queries, nothing composed or rendered)%n",
					ms(start), rows);
		}
	}

	private record Result(long ms, long composeMs, long rows, long bytes) {
	}

	private static Result pack(MeetingPacks packs, BookFormat format) throws Exception {
		long start = System.nanoTime();
		Book book = packs.cityPack(MONTH);
		long composeMs = ms(start);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		packs.pending(book, format).writeTo(out);
		long ms = ms(start);
		long rows = book.blocks().stream().filter(Book.Table.class::isInstance).mapToLong(b -> ((Book.Table) b).rows().size())
			.sum();
		return new Result(ms, composeMs, rows, out.size());
	}

	private static long baseline(JdbcClient jdbc) {
		long rows = 0;
		for (String sql : BASELINE) {
			rows += jdbc.sql(sql)
				.params(Map.of("month", java.sql.Date.valueOf(MONTH.atDay(1)), "monthEnd",
						java.sql.Date.valueOf(MONTH.atEndOfMonth()), "from", java.sql.Date.valueOf(MONTH.minusMonths(6).atDay(1))))
				.query().listOfRows().size();
		}
		return rows;
	}

	/**
	 * Items spread over the first-level agencies; each month's class follows a fixed pattern so
	 * that about one in ten items is seriously behind in any month and one in fifty asks for
	 * coordination.
	 */
	private static void generate(JdbcClient jdbc, List<Agency> all) {
		String agencies = all.stream().filter(a -> a.kind() == AgencyKind.FIRST_LEVEL).map(a -> String.valueOf(a.id()))
			.collect(java.util.stream.Collectors.joining(",", "{", "}"));
		YearMonth first = MONTH.minusMonths(MONTHS - 1);
		jdbc.sql("""
				insert into tracking_items (item_type, item_number, title, owner_agency_id, control_level,
				    responsible_people, start_date, end_date, budget_total, status, updated_at)
				select 'TENDER', 'BM-' || g, '效能測試標案' || g, a[1 + g % cardinality(a)], 'CITY', '承辦人',
				       cast(:first as date), date '2030-12-31', 2000000, 'TRACKED', now()
				  from generate_series(1, :items) g, (select cast(:agencies as bigint[]) as a) x""")
			.param("first", java.sql.Date.valueOf(first.atDay(1)))
			.param("items", ITEMS)
			.param("agencies", agencies)
			.update();
		jdbc.sql("""
				insert into tracking_progress_reports (item_id, month, actual_percent, planned_percent, lag_points,
				    lag_class, narrative, problems, countermeasures, needs_coordination, submitted_at, late)
				select i.id, cast(:first as date) + make_interval(months => m), p.planned, p.planned + p.lag, p.lag,
				       case when p.lag <= -10 then 'SERIOUSLY_BEHIND' when p.lag < 0 then 'BEHIND'
				            when p.lag = 0 then 'ON_SCHEDULE' else 'AHEAD' end,
				       '依進度施作', case when p.lag < 0 then '工期延宕' end, case when p.lag < 0 then '加派人力趕工' end,
				       i.id % 50 = 0, now(), false
				  from tracking_items i
				  cross join generate_series(0, :months - 1) m
				  cross join lateral (select least(100, 20 + m * 0.5) as planned,
				                             case (i.id * 7 + m) % 10 when 0 then -12 when 1 then -3 when 2 then -1
				                                  when 3 then 2 else 0 end as lag) p
				 where i.item_number like 'BM-%'""")
			.param("first", java.sql.Date.valueOf(first.atDay(1)))
			.param("months", MONTHS)
			.update();
		jdbc.sql("analyze tracking_items").update();
		jdbc.sql("analyze tracking_progress_reports").update();
	}

	private static long ms(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
