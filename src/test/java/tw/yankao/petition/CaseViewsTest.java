package tw.yankao.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

/** Personal data is shown to the handling agency and the RDEC, masked for everyone else. */
@YankaoWebTest
class CaseViewsTest {

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseViews views;

	@Autowired
	TestUsers users;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private PetitionCase streetLight() {
		return intake.receive(CaseIntakeTest.streetLight(null)).petitionCase();
	}

	@Test
	void theHandlingAgencyAndTheRdecSeeThePetitioner() {
		PetitionCase c = streetLight();
		SignIn.as(Role.CASE_HANDLER, users.agencyId("TCG-CON"));
		assertThat(views.forViewer(c).petitioner().name()).isEqualTo("王小明");
		SignIn.as(Role.RDEC_STAFF, users.agencyId("TCG-RDEC"));
		assertThat(views.forViewer(c).petitioner().phone()).isEqualTo("0912345678");
	}

	@Test
	void otherAgenciesAgentsAndAdministratorsSeeItMasked() {
		PetitionCase c = streetLight();
		for (Role role : new Role[] { Role.CASE_HANDLER, Role.CALL_AGENT, Role.SYSTEM_ADMIN }) {
			SignIn.as(role, users.agencyId("TCG-TRA"));
			PetitionCase seen = views.forViewer(c);
			assertThat(seen.petitioner().name()).as(role.name()).isEqualTo("王○明");
			assertThat(seen.petitioner().phone()).isEqualTo("0912-***-678");
			assertThat(seen.petitioner().email()).isEqualTo("m***@example.tw");
			assertThat(seen.location().address()).isEqualTo("臺中市北屯區文心路四段○○");
		}
		SecurityContextHolder.clearContext();
		assertThat(views.forViewer(c).petitioner().name()).as("anonymous viewer").isEqualTo("王○明");
	}

}
