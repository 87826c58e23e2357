package tw.yankao.petition;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.shared.time.RocDates;

/**
 * Counts of cases per month, district and category, without any personal data: what open data
 * publishes as petition statistics. Cases without a district count under an empty district.
 */
@Service
public class PetitionStatistics {

	private final JdbcClient jdbc;

	PetitionStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param district the district, or null when the case named none
	 * @param category the sub-category code of the city profile
	 * @param received cases received in the month
	 * @param closed of them closed by now
	 * @param closedInTime of them closed by their deadline
	 */
	public record MonthlyCount(String district, String category, CaseKind kind, long received, long closed, long closedInTime) {
	}

	/** The month's counts (months in Taipei time), by district then category. */
	@Transactional(readOnly = true)
	public List<MonthlyCount> monthly(YearMonth month) {
		return jdbc.sql("""
				select district, category, kind, count(*) as received, count(closed_at) as closed,
				  count(*) filter (where closed_at <= deadline) as in_time
				from petition_case
				where received_at >= :from and received_at < :to
				group by district, category, kind
				order by district nulls last, category, kind""")
			.param("from", Timestamp.from(month.atDay(1).atStartOfDay(RocDates.ZONE).toInstant()))
			.param("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(RocDates.ZONE).toInstant()))
			.query((rs, n) -> new MonthlyCount(rs.getString("district"), rs.getString("category"),
					CaseKind.valueOf(rs.getString("kind")), rs.getLong("received"), rs.getLong("closed"), rs.getLong("in_time")))
			.list();
	}

}
