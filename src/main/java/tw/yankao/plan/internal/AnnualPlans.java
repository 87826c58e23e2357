package tw.yankao.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.PlanCounts;
import tw.yankao.plan.PlanQuery;
import tw.yankao.plan.PlanStatus;

/** The annual_plan rows: the header of each plan, with its counts when read. */
@Repository
class AnnualPlans {

	/** The header of a plan as stored, and the agency's name as the text gave it. */
	record Header(AnnualPlanSummary summary, String agencyName) {
	}

	private static final String SUMMARY = """
			select p.id, p.agency_id, p.roc_year, p.title, p.agency_name, p.status, p.version, p.source_name,
			       p.created_at, p.updated_at,
			       (select count(*) from plan_objective o where o.plan_id = p.id) as objectives,
			       (select count(*) from plan_strategic_goal g where g.plan_id = p.id) as goals,
			       (select count(*) from plan_indicator i join plan_strategic_goal g on g.id = i.goal_id
			         where g.plan_id = p.id) as indicators,
			       (select count(*) from plan_work_plan w where w.plan_id = p.id) as work_plans,
			       (select count(*) from plan_programme_item t join plan_work_plan w on w.id = t.work_plan_id
			         where w.plan_id = p.id) as programme_items,
			       (select count(*) from plan_budget_line b where b.plan_id = p.id) as budget_lines,
			       (select count(*) from plan_prior_year_review r where r.plan_id = p.id) as prior_year_reviews,
			       (select count(*) from plan_unrecognised_block u where u.plan_id = p.id) as unrecognised_blocks
			  from annual_plan p""";

	private final JdbcClient jdbc;

	AnnualPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Header> find(AnnualPlanId id) {
		return jdbc.sql(SUMMARY + " where p.id = :id").param("id", id.value()).query(AnnualPlans::header).optional();
	}

	List<AnnualPlanSummary> ofAgency(long agencyId) {
		return jdbc.sql(SUMMARY + " where p.agency_id = :agencyId order by p.roc_year desc")
			.param("agencyId", agencyId)
			.query((rs, row) -> header(rs, row).summary())
			.list();
	}

	/** The plan of this agency and year, locked until the transaction ends. */
	Optional<Header> lockOf(long agencyId, int rocYear) {
		return jdbc.sql("select id from annual_plan where agency_id = :agencyId and roc_year = :year for update")
			.param("agencyId", agencyId)
			.param("year", rocYear)
			.query(Long.class)
			.optional()
			.flatMap(id -> find(new AnnualPlanId(id)));
	}

	/** The plan, locked until the transaction ends. */
	Optional<Header> lock(AnnualPlanId id) {
		return jdbc.sql("select id from annual_plan where id = :id for update")
			.param("id", id.value())
			.query(Long.class)
			.optional()
			.flatMap(found -> find(id));
	}

	List<AnnualPlanSummary> matching(PlanQuery query) {
		StringBuilder sql = new StringBuilder(SUMMARY).append(" where true");
		Map<String, Object> params = new HashMap<>();
		if (query.rocYear() != null) {
			sql.append(" and p.roc_year = :year");
			params.put("year", query.rocYear());
		}
		if (query.agencyId() != null) {
			sql.append(" and p.agency_id = :agencyId");
			params.put("agencyId", query.agencyId());
		}
		if (query.status() != null) {
			sql.append(" and p.status = :status");
			params.put("status", query.status().name());
		}
		query.scope().ifPresent(scope -> {
			sql.append(" and p.agency_id = any(:scope)");
			params.put("scope", scope.toArray(Long[]::new));
		});
		return jdbc.sql(sql.append(" order by p.roc_year desc, p.agency_id").toString())
			.params(params)
			.query((rs, row) -> header(rs, row).summary())
			.list();
	}

	/** Gives a plan a new title and version; false when it is no longer at this version. */
	boolean revise(AnnualPlanId id, int version, String title) {
		return jdbc.sql("""
				update annual_plan set title = :title, version = version + 1, updated_at = now()
				 where id = :id and version = :version""")
			.param("id", id.value())
			.param("version", version)
			.param("title", title)
			.update() == 1;
	}

	long count() {
		return jdbc.sql("select count(*) from annual_plan").query(Long.class).single();
	}

	AnnualPlanId insertDraft(long agencyId, int rocYear, String title, String agencyName, String sourceName) {
		return new AnnualPlanId(jdbc.sql("""
				insert into annual_plan (agency_id, roc_year, title, agency_name, status, source_name)
				values (:agencyId, :year, :title, :agencyName, 'DRAFT', :sourceName)
				returning id""")
			.param("agencyId", agencyId)
			.param("year", rocYear)
			.param("title", title)
			.param("agencyName", agencyName)
			.param("sourceName", sourceName)
			.query(Long.class)
			.single());
	}

	/**
	 * Gives a draft or returned plan a new title and source and makes it a draft again; false when it
	 * is no longer such a plan of this version.
	 */
	boolean replaceDraft(AnnualPlanId id, int version, String title, String agencyName, String sourceName) {
		return jdbc.sql("""
				update annual_plan
				   set title = :title, agency_name = :agencyName, source_name = :sourceName,
				       status = 'DRAFT', version = version + 1, updated_at = now()
				 where id = :id and version = :version and status in ('DRAFT', 'RETURNED')""")
			.param("id", id.value())
			.param("version", version)
			.param("title", title)
			.param("agencyName", agencyName)
			.param("sourceName", sourceName)
			.update() == 1;
	}

	/** Moves a plan to a status; false when it changed meanwhile (another version). */
	boolean changeStatus(AnnualPlanId id, int version, PlanStatus status) {
		return jdbc.sql("""
				update annual_plan
				   set status = :status, version = version + 1, updated_at = now()
				 where id = :id and version = :version""")
			.param("id", id.value())
			.param("version", version)
			.param("status", status.name())
			.update() == 1;
	}

	private static Header header(ResultSet rs, int row) throws SQLException {
		PlanCounts counts = new PlanCounts(rs.getInt("objectives"), rs.getInt("goals"), rs.getInt("indicators"),
				rs.getInt("work_plans"), rs.getInt("programme_items"), rs.getInt("budget_lines"),
				rs.getInt("prior_year_reviews"), rs.getInt("unrecognised_blocks"));
		AnnualPlanSummary summary = new AnnualPlanSummary(new AnnualPlanId(rs.getLong("id")), rs.getLong("agency_id"),
				rs.getInt("roc_year"), rs.getString("title"), PlanStatus.valueOf(rs.getString("status")),
				rs.getInt("version"), rs.getString("source_name"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), counts);
		return new Header(summary, rs.getString("agency_name"));
	}

}
