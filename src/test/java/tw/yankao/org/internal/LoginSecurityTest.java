package tw.yankao.org.internal;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@YankaoWebTest
class LoginSecurityTest {

	private static final String PASSWORD = "Correct-Horse-77";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	TestUsers users;

	private String newStaffUser() {
		String username = "t" + UUID.randomUUID().toString().substring(0, 8);
		administration.create(new NewUser(username, "測試人員", null, users.ownAgency(), Set.of(Role.CASE_HANDLER),
				PASSWORD));
		return username;
	}

	@Test
	void demoUserLogsInWithTheReadmePassword() throws Exception {
		mvc.perform(formLogin("/login").user("rdec").password(OrgDemoData.DEMO_PASSWORD))
			.andExpect(authenticated().withRoles("RDEC_STAFF"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
		String username = newStaffUser();
		mvc.perform(formLogin("/login").user(username).password("Wrong-Password-1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("nobody-" + username).password("Wrong-Password-1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = newStaffUser();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(username).password("Wrong-Password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));

		long id = accounts.findByUsername(username).orElseThrow().id();
		administration.unlock(id);
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void successfulLoginClearsTheFailureCount() throws Exception {
		String username = newStaffUser();
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(username).password("Wrong-Password-" + i));
		}
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
		assertThat(accounts.findByUsername(username).orElseThrow().failedLogins()).isZero();
	}

	@Test
	void aFormWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		int before = agencies.all().size();
		mvc.perform(post("/admin/agencies").with(users.as(Role.SYSTEM_ADMIN))
			.param("code", "NO-CSRF")
			.param("kind", "FIRST_LEVEL")
			.param("parentCode", "TCG")
			.param("nameZh", "無權杖局")
			.param("nameEn", "No Token Bureau")
			.param("activeFrom", "2025-01-01")).andExpect(status().isForbidden());
		assertThat(agencies.all()).hasSize(before);
		assertThat(agencies.findByCode("NO-CSRF")).isEmpty();
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		String csp = mvc.perform(get("/login"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"))
			.andReturn()
			.getResponse()
			.getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.containsString("max-age=")));
	}

	@Test
	void weakPasswordsAreRefused() {
		assertThatThrownBy(() -> administration.create(new NewUser("weakling", "弱密碼", null, users.ownAgency(),
				Set.of(Role.CASE_HANDLER), "short1!")))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.errors()).extracting(InvalidInput.FieldError::messageKey)
						.containsExactly("password.error.length"));
	}

	@Test
	void logoutNeedsCsrfAndEndsTheSession() throws Exception {
		mvc.perform(post("/logout").with(users.as(Role.RDEC_STAFF)).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

}
