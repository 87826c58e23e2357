package tw.yankao.petition.calls;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.shared.demo.DemoDataset;
import tw.yankao.shared.time.RocDates;

/**
 * Synthetic 1999 calls for the two months before the current one, made by one set-based insert:
 * about 1,200 calls a working day (60 % of that on weekends) on an hourly curve that peaks 9–11
 * and 14–16; about 85 % answered within 20 seconds, 7 % answered later, 8 % abandoned. The seed
 * is fixed, so the same calls come back on every empty database.
 */
@Component
class CallDemoData implements DemoDataset {

	static final String PREFIX = "DEMO-CALL-";

	private static final Logger log = LoggerFactory.getLogger(CallDemoData.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	CallDemoData(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 43;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select exists (select 1 from petition_call where call_id like 'DEMO-CALL-%')")
			.query(Boolean.class)
			.single();
	}

	/** In one transaction, so that the seed and the insert share a connection. */
	@Override
	@Transactional
	public void load() {
		long start = System.nanoTime();
		YearMonth current = YearMonth.from(LocalDate.now(clock.withZone(RocDates.ZONE)));
		int calls = load(current.minusMonths(2).atDay(1), current.atDay(1));
		log.info("Loaded {} demo calls in {} ms", calls, (System.nanoTime() - start) / 1_000_000);
	}

	/** Inserts the calls of the days from {@code from} up to, not including, {@code to}. */
	int load(LocalDate from, LocalDate to) {
		jdbc.sql("select setseed(0.43)").query(rs -> {
		});
		// calls: one row per call, hour of day from the share array (1-based, so hour = ordinality - 1);
		// fate decides the outcome: < 0.85 answered within 0-20 s, < 0.92 answered after 21-140 s,
		// else abandoned after 2-90 s.
		return jdbc.sql("""
				with calls as (
				  select d.day::date as day, h.hour - 1 as hour, n,
				         (d.day + make_interval(hours => (h.hour - 1)::int, secs => floor(random() * 3600))) as started_at,
				         random() as fate, random() as spread, 60 + floor(random() * 420) as talk
				  from generate_series(cast(:from as date), cast(:to as date) - 1, interval '1 day') as d(day)
				  cross join unnest(array[1,1,1,1,1,1,2,4,6,9,10,9,5,6,9,9,7,5,4,3,2,2,1,1]) with ordinality as h(share, hour)
				  cross join lateral generate_series(1, round(h.share * 12
				      * case when extract(isodow from d.day) >= 6 then 0.6 else 1 end)::int) as n),
				timed as (
				  select *, case when fate < 0.85 then floor(spread * 21)
				                 when fate < 0.92 then 21 + floor(spread * 120)
				                 else 2 + floor(spread * 89) end as wait
				  from calls)
				insert into petition_call (call_id, queue, started_at, answered_at, ended_at, agent, abandoned)
				select :prefix || to_char(day, 'YYYYMMDD') || '-' || lpad(hour::text, 2, '0') || '-' || n,
				       case n % 10 when 0 then '英語服務' when 1 then '市政諮詢' else '一般陳情' end,
				       started_at,
				       case when fate < 0.92 then started_at + make_interval(secs => wait) end,
				       started_at + make_interval(secs => wait + case when fate < 0.92 then talk else 0 end),
				       case when fate < 0.92 then 'A' || lpad((1 + (n * 7 + hour) % 40)::text, 3, '0') end,
				       fate >= 0.92
				from timed""")
			.param("prefix", PREFIX)
			.param("from", from)
			.param("to", to)
			.update();
	}

}
