package tw.yankao.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;

@YankaoWebTest
class JsonTimesTest {

	@Autowired
	JsonMapper json;

	@Test
	void instantsAreWrittenWithTheTaipeiOffsetAndDatesAsIso() {
		String written = json.writeValueAsString(
				Map.of("at", Instant.parse("2026-11-24T02:00:00Z"), "day", LocalDate.of(2025, 11, 24)));

		assertThat(written).contains("\"at\":\"2026-11-24T10:00:00+08:00\"").contains("\"day\":\"2025-11-24\"");
	}

}
