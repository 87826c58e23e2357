package tw.yankao.plan.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.importing.PlanTextImport;
import tw.yankao.shared.security.Role;

/**
 * Plans to review in tests: the 秘書處 seed saved as a draft for a test's own agency and year, a
 * revision of it with one target changed, and the signed-in user for calls to the service.
 */
public final class ReviewFixtures {

	/** The seed's indicator whose target the revision raises from 8% to 10%. */
	public static final String INDICATOR = "每年志工人數成長比例";

	private static final String SEED = "/plan/importing/003_e82097005b831da2.txt";

	private final PlanManagement plans;
	private final AgencyDirectory agencies;
	private final JdbcClient jdbc;

	public ReviewFixtures(PlanManagement plans, AgencyDirectory agencies, JdbcClient jdbc) {
		this.plans = plans;
		this.agencies = agencies;
		this.jdbc = jdbc;
	}

	public long agency(String code) {
		return agencies.findByCode(code).orElseThrow().id();
	}

	/** A fresh draft of the seed for the agency and year, replacing whatever the year held. */
	public AnnualPlanId draft(String agencyCode, int rocYear) {
		remove(agencyCode, rocYear);
		return plans.saveDraft(new PlanTextImport().read(seed()), agency(agencyCode), rocYear, "seed.txt");
	}

	/** Imports the revision (a higher volunteer target) into the agency's returned plan of the year. */
	public AnnualPlanId revise(String agencyCode, int rocYear) {
		String revised = seed().replace("去年志工總人數*100%\t8%", "去年志工總人數*100%\t10%");
		return plans.saveDraft(new PlanTextImport().read(revised), agency(agencyCode), rocYear, "revised.txt");
	}

	public int version(AnnualPlanId id) {
		return plans.find(id).orElseThrow().summary().version();
	}

	public void remove(String agencyCode, int rocYear) {
		jdbc.sql("delete from city_plan where roc_year = :year").param("year", rocYear).update();
		jdbc.sql("delete from annual_plan where agency_id = :agency and roc_year = :year")
			.param("agency", agency(agencyCode))
			.param("year", rocYear)
			.update();
	}

	/** Signs in a user with one role in the agency for the calls that follow on this thread. */
	public void signIn(Role role, String agencyCode) {
		CurrentUser user = new CurrentUser(800_000 + role.ordinal(), "test-" + role.name().toLowerCase(),
				agency(agencyCode), Set.of(role));
		SignedInUser principal = new SignedInUser(user, "測試");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.getAuthorities()));
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static String seed() {
		try (InputStream in = ReviewFixtures.class.getResourceAsStream(SEED)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
