package tw.yankao.petition.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tw.yankao.petition.attachments.MetadataStripperTestImages;
import tw.yankao.testing.YankaoWebTest;

/**
 * The portal end to end through MockMvc: codes, submission, photos, status page, map. Each test
 * comes from its own IP address and uses its own phone numbers, so that rate limits and counts
 * of other tests do not interfere.
 */
@YankaoWebTest
class PortalWebTest {

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Verifications verifications;

	@Autowired
	PortalLimits limits;

	@Autowired
	tw.yankao.testing.TestUsers users;

	private final int n = NEXT.getAndIncrement();

	/** This test's own client address. */
	private final String ip = "10.24." + (n % 250) + "." + (System.nanoTime() % 250);

	private RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String phone(int i) {
		return "09" + String.format("%08d", Math.abs((ip + "-" + i).hashCode()) % 100_000_000);
	}

	/** Asks for an SMS code and reads it from the outbox; returns the verification id and the code. */
	private String[] smsCode(String phone) throws Exception {
		MvcResult sent = mvc.perform(post("/portal/code").with(csrf()).with(from(ip))
			.param("verifyChannel", "SMS").param("verifyAddress", phone).param("formToken", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andReturn();
		String html = sent.getResponse().getContentAsString();
		String id = html.replaceAll("(?s).*name=\"verificationId\" value=\"([0-9a-f-]{36})\".*", "$1");
		String body = jdbc.sql("select body from portal_outbox where channel = 'SMS' and recipient = ? order by id desc limit 1")
			.param(phone).query(String.class).single();
		String code = body.replaceAll("(?s)\\D*(\\d{6}).*", "$1");
		return new String[] { id, code };
	}

	private MockMultipartHttpServletRequestBuilder submission(String token, String phone, String[] code, Map<String, String> more) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("formToken", token);
		form.put("verifyChannel", "SMS");
		form.put("verifyAddress", phone);
		form.put("verificationId", code[0]);
		form.put("code", code[1]);
		form.put("category", "STREET_LIGHT");
		form.put("description", "路燈不亮（入口網測試 " + token + "）");
		form.put("district", "西屯區");
		form.put("address", "臺中市西屯區惠中路一段88號");
		form.put("latitude", "24.161234");
		form.put("longitude", "120.641234");
		form.put("name", "林小明");
		form.put("phone", phone);
		form.put("replyChannel", "SMS");
		form.putAll(more);
		MockMultipartHttpServletRequestBuilder request = multipart("/portal");
		form.forEach(request::param);
		request.with(csrf()).with(from(ip));
		return request;
	}

	private long casesWithToken(String token) {
		return jdbc.sql("select count(*) from petition_case where idempotency_key = ?").param("portal-" + token)
			.query(Long.class).single();
	}

	@Test
	void aWrongCodeCountsAndFiveWrongOnesVoidTheCode() throws Exception {
		String phone = phone(1);
		String[] code = smsCode(phone);
		UUID id = UUID.fromString(code[0]);
		String wrong = code[1].equals("000000") ? "111111" : "000000";

		assertThat(verifications.check(id, Verifications.Channel.SMS, phone, wrong)).isEqualTo(Verifications.Outcome.WRONG);
		assertThat(verifications.check(id, Verifications.Channel.EMAIL, phone, code[1])).as("another address")
			.isEqualTo(Verifications.Outcome.UNKNOWN);
		assertThat(verifications.check(id, Verifications.Channel.SMS, phone, code[1])).isEqualTo(Verifications.Outcome.VALID);
		for (int i = 0; i < 3; i++) {
			verifications.check(id, Verifications.Channel.SMS, phone, wrong);
		}
		assertThat(verifications.check(id, Verifications.Channel.SMS, phone, wrong)).isEqualTo(Verifications.Outcome.EXHAUSTED);
		assertThat(verifications.check(id, Verifications.Channel.SMS, phone, code[1])).as("the right code after five wrong ones")
			.isEqualTo(Verifications.Outcome.EXHAUSTED);
	}

	@Test
	void anExpiredCodeIsRefused() throws Exception {
		String phone = phone(2);
		String[] code = smsCode(phone);
		jdbc.sql("update portal_verification set expires_at = now() - interval '1 second' where id = ?")
			.param(UUID.fromString(code[0])).update();

		assertThat(verifications.check(UUID.fromString(code[0]), Verifications.Channel.SMS, phone, code[1]))
			.isEqualTo(Verifications.Outcome.EXPIRED);
		String token = UUID.randomUUID().toString();
		String html = mvc.perform(submission(token, phone, code, Map.of())).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("驗證碼已逾時");
		assertThat(casesWithToken(token)).isZero();
	}

	@Test
	void theOutboxHoldsTheCodeButNoLogAndNoHashOfItInClear() throws Exception {
		String phone = phone(3);
		String[] code = smsCode(phone);
		String stored = jdbc.sql("select code_hash from portal_verification where id = ?").param(UUID.fromString(code[0]))
			.query(String.class).single();
		assertThat(stored).hasSize(64).doesNotContain(code[1]);
	}

	@Test
	void anEmailCodeIsRecordedInTheOutboxWithItsStatus() throws Exception {
		String address = "portal-" + Math.abs(ip.hashCode()) + "@example.org";
		mvc.perform(post("/portal/code").with(csrf()).with(from(ip)).param("verifyChannel", "EMAIL").param("verifyAddress", address))
			.andExpect(status().isOk());
		var row = jdbc.sql("select channel, status, body from portal_outbox where recipient = ?").param(address)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).single();
		assertThat(row[0]).isEqualTo("EMAIL");
		assertThat(row[1]).isIn("SKIPPED", "SENT", "QUEUED");
		assertThat(row[2]).containsPattern("\\d{6}");
	}

	@Test
	void aBadAddressForTheCodeIsNamed() throws Exception {
		String html = mvc.perform(post("/portal/code").with(csrf()).with(from(ip)).param("verifyChannel", "EMAIL")
				.param("verifyAddress", "not-an-address"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("電子郵件地址或手機號碼：電子郵件地址格式不正確");
	}

	@Test
	void codesAreRateLimitedPerAddress() throws Exception {
		String phone = phone(4);
		for (int i = 0; i < limits.sendsPerAddress(); i++) {
			smsCode(phone);
		}
		mvc.perform(post("/portal/code").with(csrf()).with(from(ip)).param("verifyChannel", "SMS").param("verifyAddress", phone))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void aDoubleSubmitMakesOneCaseAndTheStatusPageShowsItWithoutPersonalData() throws Exception {
		String phone = phone(5);
		String[] code = smsCode(phone);
		String token = UUID.randomUUID().toString();
		MockMultipartFile photo = new MockMultipartFile("photos", "light.jpg", "image/jpeg", MetadataStripperTestImages.jpegWithGps());

		MvcResult first = mvc.perform(submission(token, phone, code, Map.of()).file(photo))
			.andExpect(status().is3xxRedirection()).andReturn();
		MvcResult second = mvc.perform(submission(token, phone, code, Map.of()).file(photo))
			.andExpect(status().is3xxRedirection()).andReturn();

		assertThat(casesWithToken(token)).isOne();
		String number = (String) first.getFlashMap().get("number");
		String statusCode = (String) first.getFlashMap().get("statusCode");
		assertThat(second.getFlashMap().get("number")).isEqualTo(number);
		assertThat(second.getFlashMap().get("statusCode")).as("the code is shown once").isNull();
		assertThat(jdbc.sql("select channel from petition_case where number = ?").param(number).query(String.class).single())
			.isEqualTo("WEB");
		assertThat(jdbc.sql("select count(*) from petition_attachment a join petition_case p on p.id = a.case_id where p.number = ?")
			.param(number).query(Long.class).single()).isOne();

		String page = mvc.perform(post("/portal/status").with(csrf()).with(from(ip)).param("number", number).param("code", statusCode))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"case-status\"").contains(number).doesNotContain("林小明").doesNotContain(phone)
			.doesNotContain("惠中路");
	}

	@Test
	void aWrongStatusCodeAndAnUnknownNumberGetTheSameAnswerAndLookUpsAreRateLimited() throws Exception {
		String phone = phone(6);
		String[] code = smsCode(phone);
		String token = UUID.randomUUID().toString();
		MvcResult done = mvc.perform(submission(token, phone, code, Map.of())).andExpect(status().is3xxRedirection()).andReturn();
		String number = (String) done.getFlashMap().get("number");
		String lookIp = ip + "9";

		String wrongCode = mvc.perform(post("/portal/status").with(csrf()).with(from(lookIp)).param("number", number).param("code", "WRONG234"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String forged = mvc.perform(post("/portal/status").with(csrf()).with(from(lookIp)).param("number", "TC0000101-999999")
				.param("code", "WRONG234"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(wrongCode).contains("id=\"not-found\"").doesNotContain("case-status");
		assertThat(answer(forged)).isEqualTo(answer(wrongCode)).contains("查無符合的案件");
		for (int i = 2; i < limits.statusTriesPerIp(); i++) {
			mvc.perform(post("/portal/status").with(csrf()).with(from(lookIp)).param("number", number).param("code", "X"))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/portal/status").with(csrf()).with(from(lookIp)).param("number", number).param("code", "X"))
			.andExpect(status().isTooManyRequests());
	}

	/** The page's answer below the form (the form echoes the number, and CSRF tokens differ per page). */
	private static String answer(String page) {
		return page.substring(page.indexOf("</form>"), page.indexOf("</section>"));
	}

	@Test
	void badInputIsNamedFieldByFieldAndNothingIsSaved() throws Exception {
		String phone = phone(7);
		String[] code = smsCode(phone);
		String token = UUID.randomUUID().toString();
		MockMultipartFile gif = new MockMultipartFile("photos", "cat.gif", "image/gif", "GIF89a....".getBytes());
		MockMultipartFile huge = new MockMultipartFile("photos", "huge.jpg", "image/jpeg", new byte[10 * 1024 * 1024 + 1]);

		String html = mvc.perform(submission(token, phone, code,
				Map.of("description", "長".repeat(4001), "latitude", "25.9", "longitude", "121.9")).file(gif).file(huge))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("內容說明：不得超過 4,000 字").contains("緯度：位置不在本市範圍內")
			.contains("「cat.gif」不是 JPEG 或 PNG 照片").contains("「huge.jpg」超過 10 MB");
		assertThat(casesWithToken(token)).isZero();
		assertThat(verifications.check(UUID.fromString(code[0]), Verifications.Channel.SMS, phone, code[1]))
			.as("the code is still usable once the input is corrected").isEqualTo(Verifications.Outcome.VALID);
	}

	@Test
	void aSubmissionWithoutAValidCodeIsRefused() throws Exception {
		String phone = phone(8);
		String[] code = smsCode(phone);
		String token = UUID.randomUUID().toString();
		String wrong = code[1].equals("000000") ? "111111" : "000000";

		String html = mvc.perform(submission(token, phone, new String[] { code[0], wrong }, Map.of()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("驗證碼：驗證碼不正確");
		assertThat(casesWithToken(token)).isZero();
	}

	@Test
	void theMapJsonHoldsNoPersonalDataAndRoundsPoints() throws Exception {
		String phone = phone(9);
		String[] code = smsCode(phone);
		String token = UUID.randomUUID().toString();
		mvc.perform(submission(token, phone, code, Map.of("name", "王大同", "address", "臺中市西屯區市政路999號"))
			.file(new MockMultipartFile("photos", "p.jpg", "image/jpeg", MetadataStripperTestImages.jpegWithGps())))
			.andExpect(status().is3xxRedirection());

		String json = mvc.perform(get("/portal/map/cases.json")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String page = mvc.perform(get("/portal/map")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(json).contains("\"latitude\":24.16").contains("STREET_LIGHT").doesNotContain("24.161234")
			.doesNotContain("王大同").doesNotContain(phone).doesNotContain("市政路999號").doesNotContain(token)
			.doesNotContain("description").doesNotContain("number");
		assertThat(page).contains("<th scope=\"col\"").doesNotContain("王大同").doesNotContain(phone).doesNotContain("市政路999號");
	}

	@Test
	void handlersSeeTheOriginalPhotoOthersTheCopyWithoutExif() throws Exception {
		String phone = phone(10);
		String[] code = smsCode(phone);
		String token = UUID.randomUUID().toString();
		byte[] original = MetadataStripperTestImages.jpegWithGps();
		MvcResult done = mvc.perform(submission(token, phone, code, Map.of())
			.file(new MockMultipartFile("photos", "night.jpg", "image/jpeg", original)))
			.andExpect(status().is3xxRedirection()).andReturn();
		String number = (String) done.getFlashMap().get("number");
		long id = jdbc.sql("select a.id from petition_attachment a join petition_case p on p.id = a.case_id where p.number = ?")
			.param(number).query(Long.class).single();

		String list = mvc.perform(get("/petitions/cases/" + number + "/photos").with(users.as(tw.yankao.shared.security.Role.RDEC_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		byte[] handled = mvc.perform(get("/petitions/cases/" + number + "/photos/" + id).with(users.as(tw.yankao.shared.security.Role.RDEC_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] agent = mvc.perform(get("/petitions/cases/" + number + "/photos/" + id).with(users.as(tw.yankao.shared.security.Role.CALL_AGENT)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		assertThat(list).contains("night.jpg");
		assertThat(handled).isEqualTo(original);
		assertThat(new String(agent, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
		assertThat(new String(original, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Exif");
	}

	@Test
	void anyoneMayUseThePortalButNotTheCasePhotos() throws Exception {
		mvc.perform(get("/portal")).andExpect(status().isOk());
		mvc.perform(get("/portal/status")).andExpect(status().isOk());
		mvc.perform(get("/portal/map")).andExpect(status().isOk());
		int photos = mvc.perform(get("/petitions/cases/TC1150101-000001/photos")).andReturn().getResponse().getStatus();
		assertThat(photos).isIn(302, 401, 403);
	}

}
