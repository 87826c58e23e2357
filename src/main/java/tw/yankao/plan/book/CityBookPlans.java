package tw.yankao.plan.book;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.AnnualPlanId;

/** The plans that go into the city book of a year: approved or published ones. */
@Repository
class CityBookPlans {

	/** A plan of the year and the agency it belongs to. */
	record Entry(AnnualPlanId id, long agencyId) {
	}

	private final JdbcClient jdbc;

	CityBookPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A ROC year that has a city book, and how many plans it holds. */
	record Year(int rocYear, int plans) {
	}

	/** The years with approved or published plans, newest first. */
	List<Year> years() {
		return jdbc.sql("""
				select roc_year, count(*) as plans from annual_plan
				 where status in ('APPROVED', 'PUBLISHED')
				 group by roc_year order by roc_year desc""")
			.query((rs, row) -> new Year(rs.getInt("roc_year"), rs.getInt("plans")))
			.list();
	}

	/** In no particular order: agencies are ordered by their code, which the org module holds. */
	List<Entry> ofYear(int rocYear) {
		return jdbc.sql("""
				select id, agency_id from annual_plan
				 where roc_year = :year and status in ('APPROVED', 'PUBLISHED')""")
			.param("year", rocYear)
			.query((rs, row) -> new Entry(new AnnualPlanId(rs.getLong("id")), rs.getLong("agency_id")))
			.list();
	}

}
