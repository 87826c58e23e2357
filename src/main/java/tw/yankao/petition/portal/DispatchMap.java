package tw.yankao.petition.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public map of dispatch cases (派工) of the last {@value #DAYS} days: category and status at
 * a point rounded to a grid of about 50 m, so that no home can be pinpointed. Nothing else of the
 * case leaves this class.
 */
@Service
public class DispatchMap {

	static final int DAYS = 30;

	/** Degrees of the grid: 0.0005° of latitude is 55 m, of longitude 51 m at Taichung's 24° N. */
	static final double GRID = 0.0005;

	/** Points at most on one map. */
	static final int LIMIT = 5000;

	/** A case on the map. */
	public record MapCase(double latitude, double longitude, String category, String status) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	DispatchMap(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<MapCase> recent() {
		return jdbc.sql("""
				select latitude, longitude, category, status from petition_case
				where kind = 'DISPATCH' and latitude is not null and status <> 'MERGED' and received_at >= ?
				order by received_at desc, id desc limit ?""")
			.params(Timestamp.from(clock.instant().minus(Duration.ofDays(DAYS))), LIMIT)
			.query((rs, n) -> new MapCase(round(rs.getDouble(1)), round(rs.getDouble(2)), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	static double round(double degrees) {
		// to the grid, then to six decimals so that floating-point noise does not leak finer digits
		return Math.round(Math.round(degrees / GRID) * GRID * 1e6) / 1e6;
	}

}
