package tw.yankao.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import tw.yankao.analytics.rollup.DailyRollups;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.petition.Channel;
import tw.yankao.petition.DailyFact;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

/** The monthly report's figures on a small roll-up fixture in 2004, worked out by hand. */
@YankaoWebTest
public class MonthlyReportsTest {

	static final YearMonth MARCH = YearMonth.of(2004, 3);

	@Autowired
	MonthlyReports reports;

	@Autowired
	DailyRollups rollups;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestUsers users;

	@BeforeEach
	void fixture() {
		writeFixture(rollups, transactions, users.agencyId("TCG-TRA"), users.agencyId("TCG-CON"));
	}

	/** Also the fixture of the page tests. */
	public static void writeFixture(DailyRollups rollups, TransactionTemplate transactions, long traffic, long construction) {
		transactions.executeWithoutResult(tx -> {
			rollups.replace(LocalDate.of(2004, 2, 1), LocalDate.of(2004, 3, 31), List.of(
					// 4 closed: 3 on time, 10 h together; <1 h, 2–4 h twice, 24–48 h
					fact(LocalDate.of(2004, 3, 5), traffic, "TRAFFIC_SIGNAL", "中區", Channel.PHONE_1999, 6, 4, 3, 36_000,
							new int[] { 1, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 }, 1, 1, 0),
					// 6 closed on time, 3 h each
					fact(LocalDate.of(2004, 3, 20), traffic, "ILLEGAL_PARKING", "西屯區", Channel.WEB, 4, 6, 6, 64_800,
							new int[] { 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, 0, 1),
					fact(LocalDate.of(2004, 3, 7), construction, "STREET_LIGHT", "北屯區", Channel.APP, 3, 0, 0, 0,
							new int[15], 0, 0, 0),
					fact(LocalDate.of(2004, 2, 10), traffic, "TRAFFIC_SIGNAL", "中區", Channel.PHONE_1999, 5, 0, 0, 0,
							new int[15], 0, 0, 0)));
			rollups.replace(LocalDate.of(2003, 3, 1), LocalDate.of(2003, 3, 31), List.of(
					fact(LocalDate.of(2003, 3, 10), traffic, "ILLEGAL_PARKING", "西屯區", Channel.WEB, 8, 0, 0, 0,
							new int[15], 0, 0, 0)));
		});
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAgencysMonthHasItsFiguresAndTheChangesAgainstLastMonthAndLastYear() {
		signIn(Role.RDEC_STAFF, "TCG-RDEC");

		MonthlyReport r = reports.report(MARCH, "TCG-TRA");

		assertThat(r.current().received()).isEqualTo(10);
		assertThat(r.previousMonth().received()).isEqualTo(5);
		assertThat(r.lastYear().received()).isEqualTo(8);
		assertThat(r.current().onTimePercent()).isCloseTo(90.0, within(1e-9));
		assertThat(r.current().averageHours()).isCloseTo(2.8, within(1e-9));
		assertThat(r.current().p90Hours()).as("9 of 10 closures took under 4 h").isEqualTo(4);
		assertThat(r.current().reopenPercent()).isCloseTo(10.0, within(1e-9));
		assertThat(r.current().returns()).isEqualTo(1);
		assertThat(r.current().transfers()).isEqualTo(1);
		assertThat(r.byChannel()).extracting(Volume::key).containsExactly("PHONE_1999", "WEB");
		assertThat(r.byChannel().get(0).changeOnMonth()).isCloseTo(20.0, within(1e-9));
		assertThat(r.byChannel().get(1).changeOnYear()).isCloseTo(-50.0, within(1e-9));
		assertThat(r.byChannel().get(1).changeOnMonth()).as("no web cases in February").isNull();
		assertThat(r.byDistrict()).extracting(Volume::key, Volume::current).containsExactly(
				org.assertj.core.groups.Tuple.tuple("中區", 6L), org.assertj.core.groups.Tuple.tuple("西屯區", 4L));
		assertThat(r.satisfactionAvailable()).isFalse();
	}

	@Test
	void theCityHasEveryAgency() {
		signIn(Role.RDEC_STAFF, "TCG-RDEC");

		MonthlyReport r = reports.report(MARCH, null);

		assertThat(r.current().received()).isEqualTo(13);
		assertThat(r.byAgency()).extracting(Volume::key, Volume::current).containsExactly(
				org.assertj.core.groups.Tuple.tuple("TCG-TRA", 10L), org.assertj.core.groups.Tuple.tuple("TCG-CON", 3L));
	}

	@Test
	void agencyStaffSeeTheirOwnAgencyOnly() {
		signIn(Role.AGENCY_LIAISON, "TCG-CON");

		assertThat(reports.report(MARCH, "TCG-CON").current().received()).isEqualTo(3);
		assertThatThrownBy(() -> reports.report(MARCH, "TCG-TRA")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> reports.report(MARCH, null)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aMonthInTheFutureOrAnUnknownAgencyIsAFieldError() {
		signIn(Role.RDEC_STAFF, "TCG-RDEC");

		assertThatThrownBy(() -> reports.report(YearMonth.now().plusMonths(2), null)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("month"));
		assertThatThrownBy(() -> reports.report(MARCH, "NO-SUCH")).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("agency"));
	}

	private void signIn(Role role, String agencyCode) {
		SignedInUser user = new SignedInUser(new CurrentUser(870_000 + role.ordinal(), "report-" + role.name().toLowerCase(),
				users.agencyId(agencyCode), Set.of(role)), "報告測試");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static DailyFact fact(LocalDate day, long agency, String category, String district, Channel channel,
			int received, int closed, int onTime, long seconds, int[] histogram, int returns, int transfers, int reopens) {
		return new DailyFact(day, agency, category, district, channel, received, closed, onTime, seconds, histogram,
				returns, transfers, reopens);
	}

}
