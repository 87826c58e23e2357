package tw.yankao.plan.review;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanStatus;

/**
 * The status column of annual_plan, which the review owns: the plan's content is written by
 * {@link tw.yankao.plan.PlanManagement}, its status only here (and by imports that start a draft).
 */
@Repository
class PlanStatuses {

	private final JdbcClient jdbc;

	PlanStatuses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the plan's row until the transaction ends; false when there is no such plan. */
	boolean lock(AnnualPlanId id) {
		return jdbc.sql("select id from annual_plan where id = :id for update")
			.param("id", id.value())
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/** Moves the plan to {@code status}; false when its version is no longer {@code version}. */
	boolean move(AnnualPlanId id, int version, PlanStatus status) {
		return jdbc.sql("""
				update annual_plan
				   set status = :status, version = version + 1, updated_at = now()
				 where id = :id and version = :version""")
			.param("id", id.value())
			.param("version", version)
			.param("status", status.name())
			.update() == 1;
	}

	/** The plans in one of the statuses, of one ROC year or of every year when null. */
	List<AnnualPlanId> inStatus(Set<PlanStatus> statuses, Integer rocYear) {
		return jdbc.sql("""
				select id from annual_plan
				 where status in (:statuses) and (cast(:year as smallint) is null or roc_year = :year)
				 order by id""")
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("year", rocYear)
			.query(Long.class)
			.stream()
			.map(AnnualPlanId::new)
			.toList();
	}

}
