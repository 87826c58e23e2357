package tw.yankao.tracking.documents;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.plan.editing.EditorFixture;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.yankao.shared.security.Role.RDEC_STAFF;

/** The demo's documents: about 20,000 over the last twelve months, the same on every start, mostly on time. */
@YankaoWebTest
class DocumentDemoDataWebTest {

	@Autowired
	DocumentDemoData demo;

	@Autowired
	DocumentTimeliness timeliness;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void nobody() {
		EditorFixture.actAsNobody();
	}

	@Test
	void theDemoLoadedAboutTwentyThousandDocumentsOfTheLastTwelveMonths() {
		assertThat(demo.isLoaded()).isTrue();
		long count = jdbc.sql("select count(*) from tracking_document where doc_number like 'DEMO-%'")
			.query(Long.class).single();
		assertThat(count).isBetween(18_000L, 23_000L);
		assertThat(jdbc.sql("select count(distinct date_trunc('month', received_on)) from tracking_document "
				+ "where doc_number like 'DEMO-%'").query(Long.class).single()).isEqualTo(12L);
	}

	@Test
	void theSameDayGivesTheSameDocuments() {
		LocalDate day = LocalDate.of(2026, 11, 24);

		assertThat(demo.documents(day)).isEqualTo(demo.documents(day));
	}

	@Test
	void lastMonthIsMostlyOnTimeWithSomeAgenciesOverTheLine() {
		EditorFixture.actAs(RDEC_STAFF, users.ownAgency());

		MonthlyRanking ranking = timeliness.ranking(YearMonth.from(timeliness.today()).minusMonths(1));

		assertThat(ranking.agencies()).hasSizeGreaterThan(50);
		int received = ranking.agencies().stream().mapToInt(AgencyTimeliness::received).sum();
		int overdue = ranking.agencies().stream().mapToInt(AgencyTimeliness::overdue).sum();
		assertThat(overdue * 100.0 / received).isBetween(1.0, 6.0);
		assertThat(ranking.agencies()).anyMatch(AgencyTimeliness::reportsFixes);
		assertThat(ranking.agencies()).anyMatch(a -> !a.reportsFixes());
	}

}
