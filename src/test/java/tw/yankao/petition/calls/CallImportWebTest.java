package tw.yankao.petition.calls;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.shared.csv.CsvFile;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.RDEC_STAFF;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * The call record import: Chinese, English and Big5 files, idempotent re-import by call id, every
 * bad row reported with its line and nothing stored, and the page's check-then-import.
 */
@YankaoWebTest
class CallImportWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	TestUsers users;

	@Autowired
	CallImport callImport;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
		CallFiles.removeTestCalls(jdbc);
	}

	@Test
	void aGoodFileIsStoredAndImportingItAgainAddsNothing() {
		byte[] file = CallFiles.csv(
				"T-CALL-G1,一般陳情,2003-05-06 09:00:00,2003-05-06 09:00:12,2003-05-06 09:04:00,A001,N",
				"T-CALL-G2,英語服務,2003/05/06 09:01,,2003/05/06 09:01:30,,Y",
				"T-CALL-G3,一般陳情,2003-05-06T10:00:00,2003-05-06T10:00:40,2003-05-06T10:03:00,A002,否");

		CallImport.Result first = callImport.importFile("calls.csv", file);

		assertThat(first.rows()).isEqualTo(3);
		assertThat(first.created()).isEqualTo(3);
		assertThat(stored("T-CALL-G1")).isEqualTo(new CallRecord("T-CALL-G1", "一般陳情",
				LocalDateTime.of(2003, 5, 6, 9, 0), LocalDateTime.of(2003, 5, 6, 9, 0, 12),
				LocalDateTime.of(2003, 5, 6, 9, 4), "A001", false));
		assertThat(stored("T-CALL-G2")).isEqualTo(new CallRecord("T-CALL-G2", "英語服務",
				LocalDateTime.of(2003, 5, 6, 9, 1), null, LocalDateTime.of(2003, 5, 6, 9, 1, 30), null, true));

		CallImport.Result again = callImport.importFile("calls.csv", file);

		assertThat(again.created()).isZero();
		assertThat(again.skipped()).isEqualTo(3);
		assertThat(CallFiles.countTestCalls(jdbc)).isEqualTo(3);
	}

	@Test
	void englishHeadersAndBig5AreRead() {
		byte[] english = (CallFiles.HEADER_EN + "\nT-CALL-E1,Q1,2003-05-07 08:00:00,2003-05-07 08:00:05,2003-05-07 08:02:00,A1,0\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] big5 = (CallFiles.HEADER_ZH + "\nT-CALL-E2,一般陳情,2003-05-07 08:00:00,,2003-05-07 08:00:09,,是\n")
			.getBytes(CsvFile.BIG5_HKSCS);

		assertThat(callImport.importFile("en.csv", english).created()).isEqualTo(1);
		assertThat(callImport.importFile("big5.csv", big5).created()).isEqualTo(1);
		assertThat(stored("T-CALL-E2").queue()).isEqualTo("一般陳情");
		assertThat(stored("T-CALL-E2").abandoned()).isTrue();
	}

	@Test
	void everyBadRowIsReportedWithItsLineAndNothingIsStored() {
		assertThatThrownBy(() -> callImport.importFile("bad.csv", CallFiles.csv(
				"T-CALL-B1,一般陳情,2003-05-06 09:00:00,2003-05-06 09:00:10,2003-05-06 09:03:00,A1,N",
				"T-CALL-B2,一般陳情,2003-05-06 25:00:00,,2003-05-06 09:03:00,,Y",
				"T-CALL-B3,一般陳情,2003-05-06 09:00:00,2003-05-06 08:59:59,2003-05-06 09:03:00,A1,N",
				"T-CALL-B4,一般陳情,2003-05-06 09:00:00,,2003-05-06 08:00:00,,Y",
				"T-CALL-B5,一般陳情,2003-05-06 09:00:00,,2003-05-06 09:00:30,,maybe",
				"T-CALL-B1,一般陳情,2003-05-06 09:00:00,2003-05-06 09:00:10,2003-05-06 09:03:00,A1,Y")))
			.isInstanceOfSatisfying(CallImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(CallImportRejected.RowError::line, CallImportRejected.RowError::column,
						CallImportRejected.RowError::messageKey)
				.containsExactly(
						tuple(3, "開始時間", "calls.import.bad-time"),
						tuple(4, "接聽時間", "calls.import.answered-before-start"),
						tuple(5, "結束時間", "calls.import.ended-before-start"),
						tuple(6, "放棄", "calls.import.unknown-flag"),
						tuple(7, "話務編號", "calls.import.duplicate-id"),
						tuple(7, "放棄", "calls.import.abandoned-but-answered")));
		assertThat(CallFiles.countTestCalls(jdbc)).isZero();
	}

	@Test
	void aMissingRequiredColumnRejectsTheFile() {
		assertThatThrownBy(() -> callImport.importFile("x.csv", "話務編號,佇列\nT-CALL-M1,Q\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(CallImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(CallImportRejected.RowError::column)
				.containsExactly("開始時間", "結束時間", "放棄"));
	}

	@Test
	void thePageChecksFirstThenImportsAndListsBadRows() throws Exception {
		byte[] good = CallFiles.csv("T-CALL-P1,一般陳情,2003-05-08 09:00:00,2003-05-08 09:00:10,2003-05-08 09:03:00,A1,N");
		mvc.perform(multipart("/petitions/calls/import").file(new MockMultipartFile("file", "p.csv", "text/csv", good))
				.param("action", "preview").with(csrf()).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("T-CALL-P1")));
		assertThat(CallFiles.countTestCalls(jdbc)).isZero();

		mvc.perform(multipart("/petitions/calls/import").file(new MockMultipartFile("file", "p.csv", "text/csv", good))
				.param("action", "import").with(csrf()).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新增 1 筆")));
		assertThat(CallFiles.countTestCalls(jdbc)).isEqualTo(1);

		byte[] bad = CallFiles.csv("T-CALL-P2,一般陳情,2003-05-08 09:00:00,,2003-05-08 09:00:30,,X");
		mvc.perform(multipart("/petitions/calls/import").file(new MockMultipartFile("file", "bad.csv", "text/csv", bad))
				.param("action", "import").with(csrf()).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("import-rejected")))
			.andExpect(content().string(containsString("放棄標記「X」無法辨識")));
		assertThat(CallFiles.countTestCalls(jdbc)).isEqualTo(1);
	}

	@Test
	void onlyTheRdecAndAdministratorsImport() throws Exception {
		matrix.endpoint(() -> get("/petitions/calls/import")).allows(SYSTEM_ADMIN, RDEC_STAFF).check();
	}

	private CallRecord stored(String id) {
		return jdbc.sql("select * from petition_call where call_id = ?")
			.param(id)
			.query((rs, n) -> new CallRecord(rs.getString("call_id"), rs.getString("queue"),
					rs.getObject("started_at", LocalDateTime.class), rs.getObject("answered_at", LocalDateTime.class),
					rs.getObject("ended_at", LocalDateTime.class), rs.getString("agent"), rs.getBoolean("abandoned")))
			.single();
	}

}
