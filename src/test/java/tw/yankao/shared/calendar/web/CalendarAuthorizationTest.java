package tw.yankao.shared.calendar.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.YankaoWebTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

@YankaoWebTest
class CalendarAuthorizationTest {

	@Autowired
	AuthorizationMatrix matrix;

	@Test
	void administratorsAndTheRdecSeeTheCalendar() throws Exception {
		matrix.endpoint(() -> get("/admin/calendar")).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/admin/calendar/2026")).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
	}

	/** Without a file the upload is refused with an error on the page: nothing is imported whoever passes. */
	@Test
	void onlyAdministratorsImportACalendar() throws Exception {
		matrix.endpoint(() -> post("/admin/calendar")).allows(SYSTEM_ADMIN).check();
	}

}
