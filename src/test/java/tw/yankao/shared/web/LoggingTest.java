package tw.yankao.shared.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Log lines carry the request id and never what a person typed about themselves. */
@YankaoWebTest
@ExtendWith(OutputCaptureExtension.class)
class LoggingTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aFailedLoginIsLoggedByUserIdWithTheRequestIdAndNothingTyped(CapturedOutput output) throws Exception {
		String requestId = mvc
			.perform(post("/login").with(csrf()).param("username", "head").param("password", "王小明-0912345678"))
			.andReturn()
			.getResponse()
			.getHeader(RequestIdFilter.HEADER);
		mvc.perform(post("/login").with(csrf()).param("username", "0912345678").param("password", "wang@example.tw"));

		assertThat(output.getOut()).contains("[" + requestId + "]").contains("Failed log-in for user ");
		assertThat(output.getAll()).doesNotContain("0912345678", "王小明", "wang@example.tw", "head\"", " head ");
	}

	@Test
	void aCallersRequestIdIsKeptOnlyWhenItLooksLikeAnId(CapturedOutput output) throws Exception {
		String kept = mvc.perform(get("/login").header(RequestIdFilter.HEADER, "proxy-abc-12345"))
			.andReturn()
			.getResponse()
			.getHeader(RequestIdFilter.HEADER);
		String replaced = mvc.perform(get("/login").header(RequestIdFilter.HEADER, "x\nFAKE LOG LINE"))
			.andReturn()
			.getResponse()
			.getHeader(RequestIdFilter.HEADER);
		assertThat(kept).isEqualTo("proxy-abc-12345");
		assertThat(replaced).doesNotContain("FAKE").hasSize(36);
	}

}
