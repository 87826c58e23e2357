package tw.yankao.plan.achievement;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The prior-year reviews stored with approved plans, with the plan's agency and year. */
@Repository
class PriorYearReviews {

	/**
	 * @param agencyId the reviewing plan's agency
	 * @param rocYear the reviewing plan's year
	 * @param reviewedRocYear the year reviewed; null when the text does not say (then the year before)
	 * @param indicator the indicator's name as the review gives it
	 * @param targetText the prior year's target as written
	 * @param analysis the analysis text
	 */
	record Review(long agencyId, int rocYear, Integer reviewedRocYear, String indicator, String targetText,
			String analysis) {

		int reviewedYear() {
			return reviewedRocYear == null ? rocYear - 1 : reviewedRocYear;
		}
	}

	private final JdbcClient jdbc;

	PriorYearReviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Review> ofApprovedPlans() {
		return jdbc.sql("""
				select p.agency_id, p.roc_year, r.reviewed_roc_year, r.indicator, r.target_text, r.analysis
				  from plan_prior_year_review r
				  join annual_plan p on p.id = r.plan_id
				 where p.status in ('APPROVED', 'PUBLISHED') and r.indicator is not null
				 order by p.agency_id, p.roc_year, r.position""")
			.query((rs, row) -> new Review(rs.getLong("agency_id"), rs.getInt("roc_year"),
					rs.getObject("reviewed_roc_year", Integer.class), rs.getString("indicator"), rs.getString("target_text"),
					rs.getString("analysis")))
			.list();
	}

}
