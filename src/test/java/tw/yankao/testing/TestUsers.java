package tw.yankao.testing;

import java.util.Set;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signed-in users for MockMvc: one per role in the "own" agency (the demo Construction Bureau)
 * and the same roles in an "other" agency (the Transportation Bureau).
 */
@TestComponent
public class TestUsers {

	public static final String OWN_AGENCY = "TCG-CON";
	public static final String OTHER_AGENCY = "TCG-TRA";

	private final AgencyDirectory agencies;

	TestUsers(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	public long agencyId(String code) {
		return agencies.findByCode(code).orElseThrow().id();
	}

	public long ownAgency() {
		return agencyId(OWN_AGENCY);
	}

	public long otherAgency() {
		return agencyId(OTHER_AGENCY);
	}

	/** A user with one role in the own agency (no agency for citizens). */
	public RequestPostProcessor as(Role role) {
		return as(role, role == Role.CITIZEN ? null : ownAgency());
	}

	/** A user with one role in the given agency. */
	public RequestPostProcessor as(Role role, Long agencyId) {
		long id = 900_000 + role.ordinal() * 10 + (agencyId == null ? 0 : agencyId % 10);
		CurrentUser current = new CurrentUser(id, "test-" + role.name().toLowerCase(), agencyId, Set.of(role));
		return user(new SignedInUser(current, "測試 " + role.name()));
	}

}
