package tw.yankao.tracking.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;
import tw.yankao.tracking.TrackingFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Photos and files of a month's progress report: type by first bytes, a reported month, the item's scope. Items lie in 1994. */
@YankaoWebTest
class ReportFileWebTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPhotoIsAttachedToAReportedMonthListedAndDownloaded() throws Exception {
		long id = reportedItem(users.ownAgency(), Role.AGENCY_LIAISON);
		mvc.perform(upload(id, "1994-01", new MockMultipartFile("file", "工地照片.png", "image/png", PNG)))
			.andExpect(flash().attribute("fileSaved", "工地照片.png"));
		long fileId = jdbc.sql("""
				select f.id from tracking_report_files f join tracking_progress_reports r on r.id = f.report_id
				 where r.item_id = ?""").param(id).query(Long.class).single();

		mvc.perform(get("/tracking/items/" + id).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(content().string(containsString("/tracking/items/" + id + "/files/" + fileId)))
			.andExpect(content().string(containsString("工地照片.png")));
		mvc.perform(get("/tracking/items/" + id + "/files/" + fileId).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PNG));
	}

	@Test
	void aMislabelledFileAndAMonthWithoutReportAreRefusedAndNothingIsStored() throws Exception {
		long id = reportedItem(users.ownAgency(), Role.AGENCY_LIAISON);
		mvc.perform(upload(id, "1994-01", new MockMultipartFile("file", "photo.png", "image/png", "%PDF-1.7".getBytes())))
			.andExpect(flash().attribute("fileError", "檔案「photo.png」的內容與副檔名不符。"));
		mvc.perform(upload(id, "1994-02", new MockMultipartFile("file", "a.png", "image/png", PNG)))
			.andExpect(flash().attribute("fileError", "1994-02 尚未填報進度，請先填報再附加檔案。"));
		mvc.perform(upload(id, "1994-01", new MockMultipartFile("file", "run.exe", "application/octet-stream", PNG)))
			.andExpect(flash().attribute("fileError", containsString("類型不接受")));
		assertThat(jdbc.sql("""
				select count(*) from tracking_report_files f join tracking_progress_reports r on r.id = f.report_id
				 where r.item_id = ?""").param(id).query(Long.class).single()).isZero();
	}

	@Test
	void filesOfAnotherAgencysItemAreOutOfScope() throws Exception {
		long id = reportedItem(users.otherAgency(), Role.RDEC_STAFF);
		long reportId = jdbc.sql("select id from tracking_progress_reports where item_id = ?").param(id)
			.query(Long.class).single();
		long fileId = jdbc.sql("""
				insert into tracking_report_files (report_id, file_name, content_type, size_bytes, content, uploaded_at)
				values (?, 'x.png', 'image/png', 8, ?, now()) returning id""").params(reportId, PNG).query(Long.class).single();
		mvc.perform(get("/tracking/items/" + id + "/files/" + fileId).with(users.as(Role.AGENCY_HEAD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/tracking/items/" + id + "/files/" + fileId).with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(long id, String month,
			MockMultipartFile file) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/tracking/items/" + id + "/files").file(file).param("month", month).with(csrf())
			.with(users.as(Role.AGENCY_LIAISON));
	}

	/** An item of 1994 with January reported. */
	private long reportedItem(long agency, Role creator) throws Exception {
		Map<String, Object> item = TrackingFixture.with(TrackingFixture.with(TrackingFixture.with(
				TrackingFixture.with(TrackingFixture.tender(agency), "startDate", "1994-01-01"), "endDate", "1994-12-31"),
				"plannedProgress", Map.of("1994-01", 10)), "checkpoints", List.of());
		String body = mvc.perform(post("/api/tracking/items").with(csrf()).with(users.as(creator))
			.contentType(MediaType.APPLICATION_JSON).content(TrackingFixture.json(item)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = TrackingFixture.JSON.readTree(body).get("id").asLong();
		if (creator == Role.AGENCY_LIAISON) {
			mvc.perform(post("/api/tracking/items/" + id + "/reports").with(csrf()).with(users.as(creator))
				.contentType(MediaType.APPLICATION_JSON).content(TrackingFixture.json(TrackingFixture.report("1994-01", 10))))
				.andExpect(status().isOk());
		}
		else {
			// the own agency's liaison may not report for another agency: the month's report is written directly
			jdbc.sql("""
					insert into tracking_progress_reports (item_id, month, actual_percent, planned_percent, lag_points, lag_class,
					    submitted_at, late) values (?, date '1994-01-01', 10, 10, 0, 'ON_SCHEDULE', now(), false)""")
				.param(id).update();
		}
		return id;
	}

}
