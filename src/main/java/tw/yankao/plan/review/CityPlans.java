package tw.yankao.plan.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.CityPlan;

/** The city_plan and city_plan_entry rows. */
@Repository
class CityPlans {

	/** A compiled city plan without its plans. */
	record Header(int rocYear, CityPlan.Status status, int version, String compiledBy, Instant compiledAt,
			Instant publishedAt) {
	}

	private final JdbcClient jdbc;

	CityPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Header> find(int rocYear) {
		return select(rocYear, "");
	}

	/** The header, locked until the transaction ends. */
	Optional<Header> lock(int rocYear) {
		return select(rocYear, " for update");
	}

	List<AnnualPlanId> entries(int rocYear) {
		return jdbc.sql("select plan_id from city_plan_entry where roc_year = :year order by position")
			.param("year", rocYear)
			.query(Long.class)
			.stream()
			.map(AnnualPlanId::new)
			.toList();
	}

	/** Writes the compilation, replacing an earlier one of the year. */
	void compile(int rocYear, String compiledBy, List<AnnualPlanId> plans) {
		jdbc.sql("""
				insert into city_plan (roc_year, status, compiled_by) values (:year, 'COMPILED', :by)
				on conflict (roc_year) do update
				   set compiled_by = excluded.compiled_by, compiled_at = now(), version = city_plan.version + 1""")
			.param("year", rocYear)
			.param("by", compiledBy)
			.update();
		jdbc.sql("delete from city_plan_entry where roc_year = :year").param("year", rocYear).update();
		for (int position = 0; position < plans.size(); position++) {
			jdbc.sql("insert into city_plan_entry (roc_year, position, plan_id) values (:year, :position, :plan)")
				.param("year", rocYear)
				.param("position", position)
				.param("plan", plans.get(position).value())
				.update();
		}
	}

	void publish(int rocYear) {
		jdbc.sql("""
				update city_plan set status = 'PUBLISHED', published_at = now(), version = version + 1
				 where roc_year = :year""")
			.param("year", rocYear)
			.update();
	}

	private Optional<Header> select(int rocYear, String lock) {
		return jdbc.sql("""
				select roc_year, status, version, compiled_by, compiled_at, published_at
				  from city_plan where roc_year = :year""" + lock)
			.param("year", rocYear)
			.query((rs, row) -> new Header(rs.getInt("roc_year"), CityPlan.Status.valueOf(rs.getString("status")),
					rs.getInt("version"), rs.getString("compiled_by"), rs.getTimestamp("compiled_at").toInstant(),
					rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant()))
			.optional();
	}

}
