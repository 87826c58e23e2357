package tw.yankao.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.MediumTermPlan;
import tw.yankao.plan.MediumTermPlanId;

/** The medium_term_plan rows. */
@Repository
class MediumTermPlans {

	private static final String SELECT = """
			select id, agency_id, from_year, to_year, vision, mission, strategic_goals, version, updated_at
			  from medium_term_plan""";

	private final JdbcClient jdbc;

	MediumTermPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MediumTermPlan> of(Optional<Set<Long>> agencies) {
		if (agencies.isEmpty()) {
			return jdbc.sql(SELECT + " order by from_year desc, agency_id").query(MediumTermPlans::row).list();
		}
		return jdbc.sql(SELECT + " where agency_id = any(:agencies) order by from_year desc, agency_id")
			.param("agencies", agencies.get().toArray(Long[]::new))
			.query(MediumTermPlans::row)
			.list();
	}

	Optional<MediumTermPlan> find(MediumTermPlanId id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(MediumTermPlans::row).optional();
	}

	/** The plans of the agency whose years meet {@code fromYear}–{@code toYear}. */
	List<MediumTermPlan> overlapping(long agencyId, int fromYear, int toYear) {
		return jdbc.sql(SELECT + " where agency_id = :agencyId and from_year <= :toYear and to_year >= :fromYear")
			.param("agencyId", agencyId)
			.param("fromYear", fromYear)
			.param("toYear", toYear)
			.query(MediumTermPlans::row)
			.list();
	}

	MediumTermPlanId insert(MediumTermPlan.Draft draft) {
		return new MediumTermPlanId(jdbc.sql("""
				insert into medium_term_plan (agency_id, from_year, to_year, vision, mission, strategic_goals)
				values (:agencyId, :fromYear, :toYear, :vision, :mission, :goals)
				returning id""")
			.param("agencyId", draft.agencyId())
			.param("fromYear", draft.fromYear())
			.param("toYear", draft.fromYear() + MediumTermPlan.YEARS - 1)
			.param("vision", draft.vision())
			.param("mission", draft.mission())
			.param("goals", draft.strategicGoals())
			.query(Long.class)
			.single());
	}

	/** False when the plan is no longer at {@code version}. */
	boolean update(MediumTermPlanId id, int version, MediumTermPlan.Draft draft) {
		return jdbc.sql("""
				update medium_term_plan
				   set agency_id = :agencyId, from_year = :fromYear, to_year = :toYear, vision = :vision,
				       mission = :mission, strategic_goals = :goals, version = version + 1, updated_at = now()
				 where id = :id and version = :version""")
			.param("id", id.value())
			.param("version", version)
			.param("agencyId", draft.agencyId())
			.param("fromYear", draft.fromYear())
			.param("toYear", draft.fromYear() + MediumTermPlan.YEARS - 1)
			.param("vision", draft.vision())
			.param("mission", draft.mission())
			.param("goals", draft.strategicGoals())
			.update() == 1;
	}

	long count() {
		return jdbc.sql("select count(*) from medium_term_plan").query(Long.class).single();
	}

	private static MediumTermPlan row(ResultSet rs, int row) throws SQLException {
		return new MediumTermPlan(new MediumTermPlanId(rs.getLong("id")), rs.getLong("agency_id"),
				rs.getInt("from_year"), rs.getInt("to_year"), rs.getString("vision"), rs.getString("mission"),
				rs.getString("strategic_goals"), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant());
	}

}
