package tw.yankao.org.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import tw.yankao.shared.security.Role;
import tw.yankao.shared.security.Roles;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.YankaoWebTest;

import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@YankaoWebTest
class OrgAuthorizationTest {

	@Autowired
	AuthorizationMatrix matrix;

	@Test
	void agencyPagesAreForAdministratorsAndTheRdec() throws Exception {
		matrix.endpoint(() -> get("/admin/agencies")).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/admin/agencies/new")).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
	}

	@Test
	void onlyAdministratorsChangeAgencies() throws Exception {
		matrix.endpoint(() -> post("/admin/agencies").param("code", "")).allows(SYSTEM_ADMIN).check();
		matrix.endpoint(() -> multipart("/admin/agencies/import").file("file", "代碼\n".getBytes()))
			.allows(SYSTEM_ADMIN)
			.check();
		matrix.endpoint(() -> post("/api/agencies").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.allows(SYSTEM_ADMIN)
			.check();
	}

	@Test
	void onlyAdministratorsManageUsers() throws Exception {
		matrix.endpoint(() -> get("/admin/users")).allows(SYSTEM_ADMIN).check();
		matrix.endpoint(() -> get("/admin/users/new")).allows(SYSTEM_ADMIN).check();
		matrix.endpoint(() -> post("/admin/users").param("username", "")).allows(SYSTEM_ADMIN).check();
	}

	@Test
	void staffReadTheirOwnAgencyOnly() throws Exception {
		matrix.agencyRecord(agencyId -> get("/api/agencies/{id}", agencyId)).allows(Roles.STAFF).check();
	}

	@Test
	void everySignedInUserHasAHomeAndAnAccount() throws Exception {
		matrix.endpoint(() -> get("/account/password")).allows(Role.values()).check();
		matrix.endpoint(() -> get("/api/me")).allows(Role.values()).check();
	}

	@Test
	void theWelcomePageAndLoginArePublic() throws Exception {
		matrix.endpoint(() -> get("/")).allows(Role.values()).allowsAnonymous().check();
		matrix.endpoint(() -> get("/login")).allows(Role.values()).allowsAnonymous().check();
	}

}
