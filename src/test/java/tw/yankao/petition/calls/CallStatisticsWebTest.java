package tw.yankao.petition.calls;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * The statistics on a fixture counted by hand, May 2003 (the profile: in time = within 20 s):
 * <pre>
 *   6 May 09:00:00 answered 09:00:20   exactly 20 s: in time
 *   6 May 09:10:00 answered 09:10:21   21 s: late
 *   6 May 09:20:00 answered 09:20:05   in time
 *   6 May 09:30:00 abandoned after 3 s (a short abandon: still offered)
 *   7 May 14:00:00 answered at once    in time
 *   7 May 14:30:00 abandoned after 40 s
 * </pre>
 * 6 May: 4 offered, 3 answered, 2 in time (50.0 %), 1 abandoned (25.0 %); 7 May: 2, 1, 1 (50.0 %), 1 (50.0 %);
 * May: 6 offered, 4 answered, 3 in time (50.0 %), 2 abandoned (33.3 %). Calls at 30 April 23:59:59 and
 * 1 June 00:00:00 lie outside May.
 */
@YankaoWebTest
class CallStatisticsWebTest {

	static final YearMonth MAY = YearMonth.of(2003, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	TestUsers users;

	@Autowired
	CallImport callImport;

	@Autowired
	CallStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void fixture() {
		CallFiles.removeTestCalls(jdbc);
		callImport.importFile("fixture.csv", CallFiles.csv(
				"T-CALL-S0,一般陳情,2003-04-30 23:59:59,2003-04-30 23:59:59,2003-05-01 00:02:00,A1,N",
				"T-CALL-S1,一般陳情,2003-05-06 09:00:00,2003-05-06 09:00:20,2003-05-06 09:03:00,A1,N",
				"T-CALL-S2,一般陳情,2003-05-06 09:10:00,2003-05-06 09:10:21,2003-05-06 09:13:00,A1,N",
				"T-CALL-S3,英語服務,2003-05-06 09:20:00,2003-05-06 09:20:05,2003-05-06 09:23:00,A2,N",
				"T-CALL-S4,一般陳情,2003-05-06 09:30:00,,2003-05-06 09:30:03,,Y",
				"T-CALL-S5,一般陳情,2003-05-07 14:00:00,2003-05-07 14:00:00,2003-05-07 14:05:00,A1,N",
				"T-CALL-S6,一般陳情,2003-05-07 14:30:00,,2003-05-07 14:30:40,,Y",
				"T-CALL-S7,一般陳情,2003-06-01 00:00:00,2003-06-01 00:00:01,2003-06-01 00:01:00,A1,N"));
	}

	@AfterEach
	void clean() {
		CallFiles.removeTestCalls(jdbc);
	}

	@Test
	void theMonthIsCountedPerDayAndHourWithExactlyTwentySecondsInTime() {
		CallMonth may = statistics.month(MAY);

		assertThat(may.answerWithinSeconds()).isEqualTo(20);
		assertThat(may.total()).isEqualTo(new CallCounts(6, 4, 3, 2));
		assertThat(may.total().answeredInTimePercent()).isEqualByComparingTo("50.0");
		assertThat(may.total().abandonPercent()).isEqualByComparingTo("33.3");
		assertThat(may.meetsTarget()).isFalse();
		assertThat(may.days()).hasSize(31);
		assertThat(may.days().get(5)).isEqualTo(new CallMonth.Day(LocalDate.of(2003, 5, 6), new CallCounts(4, 3, 2, 1)));
		assertThat(may.days().get(6).counts()).isEqualTo(new CallCounts(2, 1, 1, 1));
		assertThat(may.days().get(0).counts()).isEqualTo(CallCounts.NONE);
		assertThat(may.days().get(0).counts().answeredInTimePercent()).isNull();
		assertThat(may.hours()).hasSize(24);
		assertThat(may.hours().get(9).counts()).isEqualTo(new CallCounts(4, 3, 2, 1));
		assertThat(may.hours().get(14).counts()).isEqualTo(new CallCounts(2, 1, 1, 1));
		assertThat(may.hours().get(0).counts()).isEqualTo(CallCounts.NONE);
		assertThat(statistics.answeredInTimePercent(MAY)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("50.0"));
		assertThat(statistics.answeredInTimePercent(YearMonth.of(2003, 6))).hasValueSatisfying(
				r -> assertThat(r).isEqualByComparingTo("100.0"));
		assertThat(statistics.answeredInTimePercent(YearMonth.of(2003, 7))).isEmpty();
		assertThat(statistics.months()).contains(YearMonth.of(2003, 4), MAY, YearMonth.of(2003, 6));
	}

	@Test
	void theApiGivesTheMonthAsJson() throws Exception {
		mvc.perform(get("/api/petitions/calls/stats").param("month", "2003-05").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.month").value("2003-05"))
			.andExpect(jsonPath("$.answerWithinSeconds").value(20))
			.andExpect(jsonPath("$.targetPercent").value(85))
			.andExpect(jsonPath("$.meetsTarget").value(false))
			.andExpect(jsonPath("$.total.offered").value(6))
			.andExpect(jsonPath("$.total.answeredInTime").value(3))
			.andExpect(jsonPath("$.total.answeredInTimePercent").value(50.0))
			.andExpect(jsonPath("$.total.abandonPercent").value(33.3))
			.andExpect(jsonPath("$.days[5].date").value("2003-05-06"))
			.andExpect(jsonPath("$.days[5].counts.offered").value(4))
			.andExpect(jsonPath("$.hours[9].counts.answeredInTime").value(2));
	}

	@Test
	void theApiRefusesABadMonthNamingIt() throws Exception {
		mvc.perform(get("/api/petitions/calls/stats").param("month", "2003-5").with(users.as(RDEC_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("month")));
	}

	@Test
	void thePageShowsTheMonthInRocWithTheRatesAndTarget() throws Exception {
		mvc.perform(get("/petitions/calls").param("month", "2003-05").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("92年5月")))
			.andExpect(content().string(containsString("50.0 %")))
			.andExpect(content().string(containsString("33.3 %")))
			.andExpect(content().string(containsString("未達目標")))
			.andExpect(content().string(containsString("data-target=\"85\"")));
	}

	@Test
	void thePageNamesABadMonthAndShowsTheLatestMonthWithCalls() throws Exception {
		mvc.perform(get("/petitions/calls").param("month", "May").with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("月份「May」格式不正確")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void onlyTheRdecAndAdministratorsReadTheStatistics() throws Exception {
		matrix.endpoint(() -> get("/petitions/calls")).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/api/petitions/calls/stats")).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
	}

}
