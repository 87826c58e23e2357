package tw.yankao.audit.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import tw.yankao.audit.AuditTrail;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.NavigationItem;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;
import tw.yankao.shared.web.Htmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/** The audit log holds personal data: only RDEC staff and system administrators may read or verify it. */
@YankaoWebTest
class AuditAuthorizationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuthorizationMatrix matrix;

	@Test
	void onlyTheRdecAndAdministratorsListTheLog() throws Exception {
		matrix.endpoint(() -> get("/audit")).allows(RDEC_STAFF, SYSTEM_ADMIN).check();
		matrix.endpoint(() -> get("/audit").header(Htmx.REQUEST, "true")).allows(RDEC_STAFF, SYSTEM_ADMIN).check();
	}

	@Test
	void onlyTheRdecAndAdministratorsReadAnEntry() throws Exception {
		long id = new AuditEntries(events, transactions, trail)
			.record(null, null, DataChanged.created("audit-auth-test", UUID.randomUUID(), Map.of("n", 1)))
			.id();

		matrix.endpoint(() -> get("/audit/{id}", id)).allows(RDEC_STAFF, SYSTEM_ADMIN).check();
	}

	@Test
	void onlyTheRdecAndAdministratorsVerifyTheChain() throws Exception {
		matrix.endpoint(() -> post("/audit/verify")).allows(RDEC_STAFF, SYSTEM_ADMIN).check();
	}

	@Test
	void theNavigationShowsTheLogOnlyToThoseWhoMayReadIt() throws Exception {
		for (Role role : Role.values()) {
			Object navigation = mvc.perform(get("/account/password").with(users.as(role)))
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("navigation");
			boolean shown = ((List<?>) navigation).stream()
				.anyMatch(item -> ((NavigationItem) item).href().equals("/audit"));
			assertThat(shown).as("audit log in the navigation of %s", role)
				.isEqualTo(role == RDEC_STAFF || role == SYSTEM_ADMIN);
		}
	}

}
