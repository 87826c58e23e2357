package tw.yankao.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.testing.YankaoWebTest;

/**
 * The tests run in demo mode, so the cases are there; this reloads them inside the test's
 * transaction, which rolls back, to time the load.
 */
@YankaoWebTest
@Transactional
class PetitionDemoDataTest {

	@Autowired
	PetitionDemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYearOfCasesLoadsFastWithAMixOfOutcomes() {
		assertThat(demo.isLoaded()).isTrue();
		jdbc.sql("delete from petition_case where idempotency_key like 'demo-%'").update();
		assertThat(demo.isLoaded()).isFalse();
		long started = System.nanoTime();

		demo.load();

		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(demo.isLoaded()).isTrue();
		assertThat(millis).as("load time in ms").isLessThan(10_000);
		Map<String, Long> byStatus = count("status");
		assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(PetitionDemoData.CASES);
		assertThat(byStatus.get("CLOSED")).isGreaterThan(PetitionDemoData.CASES / 2);
		assertThat(byStatus).containsKeys("ASSIGNED", "ACCEPTED", "IN_PROGRESS");
		assertThat(scalar("select count(*) from petition_case where idempotency_key like 'demo-%' and closed_at > deadline"))
			.as("closed late").isPositive();
		assertThat(scalar("select count(*) from petition_case_step s join petition_case c on c.id = s.case_id"
				+ " where s.step = 'REOPEN' and c.idempotency_key like 'demo-reopened-%'")).as("reopened").isPositive();
		assertThat(count("district")).hasSizeGreaterThan(20);
		assertThat(count("category")).hasSize(10);
		assertThat(scalar("select count(distinct number) from petition_case where idempotency_key like 'demo-%'"))
			.isEqualTo(PetitionDemoData.CASES);
	}

	private Map<String, Long> count(String column) {
		List<Map.Entry<String, Long>> rows = jdbc.sql("select " + column + ", count(*) from petition_case"
				+ " where idempotency_key like 'demo-%' group by 1")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
		return Map.ofEntries(rows.toArray(Map.Entry[]::new));
	}

	private long scalar(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
