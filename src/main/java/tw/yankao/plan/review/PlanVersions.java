package tw.yankao.plan.review;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanContent;
import tw.yankao.plan.PlanVersion;

/** The plan_version rows: each submission's snapshot of the content, as JSON. */
@Repository
class PlanVersions {

	private static final String COLUMNS = "plan_id, number, submitted_by, submitted_at";

	// a private mapper: the snapshot's form must not change with the web layer's JSON settings
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	PlanVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the next version; the caller holds the plan's row lock, so numbers do not collide. */
	PlanVersion add(AnnualPlanId id, PlanContent content, String submittedBy) {
		return jdbc.sql("""
				insert into plan_version (plan_id, number, content, submitted_by)
				select :id, coalesce(max(number), 0) + 1, cast(:content as jsonb), :by
				  from plan_version where plan_id = :id
				returning \s""" + COLUMNS)
			.param("id", id.value())
			.param("content", JSON.writeValueAsString(content))
			.param("by", submittedBy)
			.query(PlanVersions::version)
			.single();
	}

	List<PlanVersion> of(AnnualPlanId id) {
		return jdbc.sql("select " + COLUMNS + " from plan_version where plan_id = :id order by number")
			.param("id", id.value())
			.query(PlanVersions::version)
			.list();
	}

	Optional<PlanVersion> latest(AnnualPlanId id) {
		List<PlanVersion> all = of(id);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	Optional<PlanContent> content(AnnualPlanId id, int number) {
		return jdbc.sql("select content::text from plan_version where plan_id = :id and number = :number")
			.param("id", id.value())
			.param("number", number)
			.query(String.class)
			.optional()
			.map(json -> JSON.readValue(json, PlanContent.class));
	}

	private static PlanVersion version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PlanVersion(new AnnualPlanId(rs.getLong("plan_id")), rs.getInt("number"),
				rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant());
	}

}
