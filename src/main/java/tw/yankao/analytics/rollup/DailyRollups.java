package tw.yankao.analytics.rollup;

import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.petition.Channel;
import tw.yankao.petition.DailyFact;

/** The analytics_daily_rollup rows. */
@Repository
public class DailyRollups {

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate batch;

	DailyRollups(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Waits until no other transaction rewrites this day: the last writer then reads the last commit. */
	void lock(LocalDate day) {
		jdbc.sql("select pg_advisory_xact_lock(26, :day)").param("day", (int) day.toEpochDay()).query().singleRow();
	}

	/** Replaces the rows of these days, both included, with the facts: call inside a transaction. */
	public void replace(LocalDate from, LocalDate to, List<DailyFact> facts) {
		jdbc.sql("delete from analytics_daily_rollup where day between :from and :to")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.update();
		// one batch: a rebuild writes a month of rows at a time
		batch.batchUpdate("""
				insert into analytics_daily_rollup (day, agency_id, category, district, channel, received, closed,
				       closed_on_time, handling_seconds, handling_histogram, returns, transfers, reopens)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as integer[]), ?, ?, ?)""", facts, 1_000, (ps, f) -> {
			ps.setObject(1, Date.valueOf(f.day()));
			ps.setObject(2, f.agencyId(), java.sql.Types.BIGINT);
			ps.setString(3, f.category());
			ps.setString(4, f.district());
			ps.setString(5, f.channel().name());
			ps.setInt(6, f.received());
			ps.setInt(7, f.closed());
			ps.setInt(8, f.closedOnTime());
			ps.setLong(9, f.handlingSeconds());
			ps.setString(10, arrayLiteral(f.histogram()));
			ps.setInt(11, f.returns());
			ps.setInt(12, f.transfers());
			ps.setInt(13, f.reopens());
		});
	}

	boolean isEmpty() {
		return jdbc.sql("select not exists (select 1 from analytics_daily_rollup)").query(Boolean.class).single();
	}

	/** The stored rows of these days, as facts, for comparing with a recomputation. */
	public List<DailyFact> between(LocalDate from, LocalDate to) {
		return between(from, to, null);
	}

	/**
	 * The stored rows of these days.
	 * @param agencies only these agencies, or null for all (unassigned cases included)
	 */
	public List<DailyFact> between(LocalDate from, LocalDate to, java.util.Collection<Long> agencies) {
		return jdbc.sql("""
				select day, agency_id, category, district, channel, received, closed, closed_on_time, handling_seconds,
				       handling_histogram, returns, transfers, reopens
				  from analytics_daily_rollup
				 where day between :from and :to and (:all or agency_id in (:agencies))""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("all", agencies == null)
			.param("agencies", agencies == null || agencies.isEmpty() ? List.of(-1L) : agencies)
			.query((rs, row) -> {
				Array histogram = rs.getArray("handling_histogram");
				Integer[] boxed = (Integer[]) histogram.getArray();
				int[] counts = new int[boxed.length];
				for (int i = 0; i < boxed.length; i++) {
					counts[i] = boxed[i];
				}
				return new DailyFact(rs.getObject("day", LocalDate.class), rs.getObject("agency_id", Long.class),
						rs.getString("category"), rs.getString("district"), Channel.valueOf(rs.getString("channel")),
						rs.getInt("received"), rs.getInt("closed"), rs.getInt("closed_on_time"),
						rs.getLong("handling_seconds"), counts, rs.getInt("returns"), rs.getInt("transfers"),
						rs.getInt("reopens"));
			})
			.list();
	}

	/** The text form of a PostgreSQL integer array, e.g. {@code {1,0,2}}. */
	private static String arrayLiteral(int[] values) {
		return java.util.Arrays.stream(values).mapToObj(Integer::toString)
			.collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

}
