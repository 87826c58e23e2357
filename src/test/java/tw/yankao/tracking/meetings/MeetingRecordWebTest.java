package tw.yankao.tracking.meetings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_HEAD;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/** Opening meetings, their record, and the loop from a decision to its tracked item and back. */
@YankaoWebTest
class MeetingRecordWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	JdbcClient jdbc;

	MeetingFixture fixture;

	@BeforeEach
	void clean() {
		fixture = new MeetingFixture(jdbc);
		fixture.removeAll();
	}

	@AfterEach
	void removeAll() {
		fixture.removeAll();
	}

	@Test
	void aCityDecisionBecomesATrackedCityMeetingInstructionShownOnTheMeetingPage() throws Exception {
		long meeting = openCityMeeting();
		mvc.perform(post("/tracking/meetings/" + meeting + "/decisions").with(csrf()).with(users.as(RDEC_STAFF))
			.param("decision", "請建設局於下月提出豐原大道拓寬工程趕工計畫").param("ownerAgencyId", String.valueOf(users.ownAgency()))
			.param("dueDate", "1987-08-31"))
			.andExpect(status().is3xxRedirection());

		var item = jdbc.sql("""
				select i.id, i.item_type, i.control_level, i.owner_agency_id, i.end_date, i.details ->> 'meetingId' as meeting,
				       i.details ->> 'meetingDecision' as decision, i.status
				  from tracking_items i join tracking_meeting_decisions d on d.item_id = i.id
				 where d.meeting_id = ?""").param(meeting).query().singleRow();
		assertThat(item).containsEntry("item_type", "CITY_MEETING_INSTRUCTION").containsEntry("control_level", "CITY")
			.containsEntry("owner_agency_id", users.ownAgency()).containsEntry("meeting", String.valueOf(meeting))
			.containsEntry("decision", "1").containsEntry("status", "TRACKED")
			.containsEntry("end_date", java.sql.Date.valueOf("1987-08-31"));

		mvc.perform(get("/tracking/meetings/" + meeting).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("請建設局於下月提出豐原大道拓寬工程趕工計畫"),
					containsString("MTG-" + meeting + "-1"), containsString("/tracking/items/" + item.get("id")),
					containsString("列管中"), containsString("76年8月31日"))));
		mvc.perform(get("/tracking/items/" + item.get("id")).with(users.as(AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("市政會議指示"),
					containsString("href=\"/tracking/meetings/" + meeting + "\""), containsString("決議案次"))));
	}

	@Test
	void aDecisionWithoutOwnerOrDueDateIsRefusedAndNothingIsSaved() throws Exception {
		long meeting = openCityMeeting();
		long itemsBefore = jdbc.sql("select count(*) from tracking_items").query(Long.class).single();
		mvc.perform(post("/tracking/meetings/" + meeting + "/decisions").with(csrf()).with(users.as(RDEC_STAFF))
			.param("decision", "加速辦理").param("ownerAgencyId", "").param("dueDate", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"ownerAgencyId-error\""),
					containsString("id=\"dueDate-error\""), containsString("必填"))));
		mvc.perform(post("/tracking/meetings/" + meeting + "/decisions").with(csrf()).with(users.as(RDEC_STAFF))
			.param("decision", "加速辦理").param("ownerAgencyId", String.valueOf(users.ownAgency())).param("dueDate", "1987-07-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("完成期限不得早於開會日期")));
		assertThat(jdbc.sql("select count(*) from tracking_meeting_decisions where meeting_id = ?").param(meeting)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from tracking_items").query(Long.class).single()).isEqualTo(itemsBefore);
	}

	@Test
	void anAgencyMeetingsDecisionIsTheAgencysOwnItem() throws Exception {
		String location = mvc.perform(post("/tracking/meetings").with(csrf()).with(users.as(AGENCY_LIAISON))
			.param("level", "AGENCY").param("agencyCode", TestUsers.OWN_AGENCY).param("month", "1987-06")
			.param("heldOn", "1987-07-09"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long meeting = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post("/tracking/meetings/" + meeting + "/decisions").with(csrf()).with(users.as(AGENCY_HEAD))
			.param("decision", "工務科每週追蹤管線遷移").param("ownerAgencyId", String.valueOf(users.ownAgency()))
			.param("dueDate", "1987-09-30"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("""
				select i.item_type || ' ' || i.control_level from tracking_items i
				  join tracking_meeting_decisions d on d.item_id = i.id where d.meeting_id = ?""")
			.param(meeting).query(String.class).single()).isEqualTo("SPECIAL_PROJECT AGENCY");
		mvc.perform(get("/tracking/meetings/" + meeting).with(users.as(AGENCY_LIAISON, users.otherAgency())))
			.andExpect(status().isForbidden());
	}

	@Test
	void badMeetingInputIsShownOnTheFormAndNothingIsSaved() throws Exception {
		mvc.perform(post("/tracking/meetings").with(csrf()).with(users.as(RDEC_STAFF))
			.param("level", "CITY").param("month", "1987/06").param("heldOn", "")
			.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("1987/06"), containsString("is not in the form YYYY-MM"),
					containsString("id=\"heldOn-error\""))));
		assertThat(jdbc.sql("select count(*) from tracking_meetings where month < '1989-01-01'").query(Long.class).single())
			.isZero();
	}

	@Test
	void onlyCityWideStaffOpenTheCityMeeting() throws Exception {
		mvc.perform(post("/tracking/meetings").with(csrf()).with(users.as(AGENCY_LIAISON))
			.param("level", "CITY").param("month", "1987-06").param("heldOn", "1987-07-08"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/tracking/meetings").with(csrf()).with(users.as(AGENCY_LIAISON))
			.param("level", "AGENCY").param("agencyCode", TestUsers.OTHER_AGENCY).param("month", "1987-06")
			.param("heldOn", "1987-07-08"))
			.andExpect(status().isForbidden());
		long meeting = openCityMeeting();
		matrix.endpoint(() -> get("/tracking/meetings/" + meeting)).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
		matrix.endpoint(() -> get("/tracking/meetings")).allows(SYSTEM_ADMIN, RDEC_STAFF, AGENCY_LIAISON, AGENCY_HEAD).check();
	}

	@Test
	void theRecordKeepsAttendeesAndSummaryAndRefusesAStaleVersion() throws Exception {
		long meeting = openCityMeeting();
		mvc.perform(post("/tracking/meetings/" + meeting + "/record").with(csrf()).with(users.as(RDEC_STAFF))
			.param("version", "0").param("attendees", "研考會主委、各局處首長").param("summary", "交通局說明落後原因"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/tracking/meetings/" + meeting + "/record").with(csrf()).with(users.as(RDEC_STAFF))
			.param("version", "0").param("attendees", "舊資料"))
			.andExpect(status().isConflict());
		mvc.perform(get("/tracking/meetings/" + meeting).with(users.as(RDEC_STAFF)))
			.andExpect(content().string(allOf(containsString("研考會主委、各局處首長"), containsString("交通局說明落後原因"))));
	}

	@Test
	void theDemoHasTheCityMeetingOfItsLatestMonthWithTrackedDecisions() {
		assertThat(jdbc.sql("""
				select count(*) from tracking_meetings m
				  join tracking_meeting_decisions d on d.meeting_id = m.id
				  join tracking_items i on i.id = d.item_id
				 where m.level = 'CITY' and m.month = date '2016-12-01' and i.item_type = 'CITY_MEETING_INSTRUCTION'
				   and i.details ->> 'meetingId' = cast(m.id as text)""").query(Long.class).single()).isPositive();
	}

	private long openCityMeeting() throws Exception {
		String location = mvc.perform(post("/tracking/meetings").with(csrf()).with(users.as(RDEC_STAFF))
			.param("level", "CITY").param("month", "1987-06").param("heldOn", "1987-07-08"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
