package tw.yankao.plan.achievement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.importing.PlanTextImport;

/**
 * Plans of seed 003 (秘書處 107: five indicators, one lower-is-better {@code ≤120}) stored for
 * any agency under years no other test uses, published directly because the review workflow is
 * another engineer's. PUBLISHED rather than APPROVED: both take reports, and other tests count the
 * APPROVED plans as the demo's. Future years give deadlines far ahead (every submission on time), past
 * years deadlines long gone (every submission late, every period begun).
 */
public final class AchievementFixture {

	/** ROC 600+ (AD 2511+): far future. */
	private static final AtomicInteger FUTURE = new AtomicInteger(600);
	/** ROC 40+ (AD 1951+): long past, and below every seed's year. */
	private static final AtomicInteger PAST = new AtomicInteger(40);

	/** A stored plan: its year and its indicators' ids by name, in plan order. */
	public record Plan(long agencyId, int year, Map<String, Long> indicators) {

		public long indicator(String namePart) {
			return indicators.entrySet()
				.stream()
				.filter(e -> e.getKey().contains(namePart))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no indicator " + namePart))
				.getValue();
		}
	}

	private final PlanManagement plans;
	private final JdbcClient jdbc;

	public AchievementFixture(PlanManagement plans, JdbcClient jdbc) {
		this.plans = plans;
		this.jdbc = jdbc;
	}

	public Plan approvedFuture(long agencyId) {
		return plan(agencyId, FUTURE.getAndIncrement(), "PUBLISHED");
	}

	public Plan approvedPast(long agencyId) {
		return plan(agencyId, PAST.getAndIncrement(), "PUBLISHED");
	}

	public Plan draft(long agencyId) {
		return plan(agencyId, FUTURE.getAndIncrement(), "DRAFT");
	}

	private Plan plan(long agencyId, int year, String status) {
		AnnualPlanId id = plans.saveDraft(new PlanTextImport().read(seed()), agencyId, year, "fixture");
		jdbc.sql("update annual_plan set status = :status where id = :id").param("status", status).param("id", id.value()).update();
		Map<String, Long> indicators = new LinkedHashMap<>();
		jdbc.sql("""
				select i.id, i.name from plan_indicator i join plan_strategic_goal g on g.id = i.goal_id
				 where g.plan_id = :plan order by g.position, i.position""")
			.param("plan", id.value())
			.query((rs, row) -> indicators.put(rs.getString("name"), rs.getLong("id")))
			.list();
		return new Plan(agencyId, year, indicators);
	}

	private static byte[] seed() {
		try {
			return new ClassPathResource("demo/plans/003_e82097005b831da2.txt").getContentAsByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
