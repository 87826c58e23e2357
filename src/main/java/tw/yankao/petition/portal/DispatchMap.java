package tw.yankao.petition.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.shared.profile.CityProfile;

/**
 * The public map of dispatch cases (派工) of the profile's last days: category and status at a
 * point rounded to the profile's grid (about 50 m), so that no home can be pinpointed. Nothing else
 * of the case leaves this class.
 */
@Service
public class DispatchMap {

	/** Metres in a degree of latitude. */
	private static final double METRES_PER_DEGREE = 111_320;

	/** Points at most on one map. */
	static final int LIMIT = 5000;

	/** A case on the map. */
	public record MapCase(double latitude, double longitude, String category, String status) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int days;

	/** Degrees of the grid, for latitude and longitude alike: a longitude degree is shorter, so cells are never smaller than asked. */
	private final double grid;

	DispatchMap(JdbcClient jdbc, Clock clock, CityProfile profile) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.days = profile.petitions().portal().mapDays();
		this.grid = profile.petitions().portal().mapGridMeters() / METRES_PER_DEGREE;
	}

	@Transactional(readOnly = true)
	public List<MapCase> recent() {
		return jdbc.sql("""
				select latitude, longitude, category, status from petition_case
				where kind = 'DISPATCH' and latitude is not null and status <> 'MERGED' and received_at >= ?
				order by received_at desc, id desc limit ?""")
			.params(Timestamp.from(clock.instant().minus(Duration.ofDays(days))), LIMIT)
			.query((rs, n) -> new MapCase(round(rs.getDouble(1), grid), round(rs.getDouble(2), grid), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	static double round(double degrees, double grid) {
		// to the grid, then to six decimals so that floating-point noise does not leak finer digits
		return Math.round(Math.round(degrees / grid) * grid * 1e6) / 1e6;
	}

}
