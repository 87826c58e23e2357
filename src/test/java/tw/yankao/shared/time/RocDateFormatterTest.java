package tw.yankao.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

class RocDateFormatterTest {

	private final RocDateFormatter formatter = new RocDateFormatter();

	@Test
	void parsesRocAndIsoDates() throws ParseException {
		assertThat(formatter.parse("114/11/24", Locale.TAIWAN)).isEqualTo(LocalDate.of(2025, 11, 24));
		assertThat(formatter.parse("114年1月5日", Locale.TAIWAN)).isEqualTo(LocalDate.of(2025, 1, 5));
		assertThat(formatter.parse("1141124", Locale.ENGLISH)).isEqualTo(LocalDate.of(2025, 11, 24));
		assertThat(formatter.parse("2025-11-24", Locale.ENGLISH)).isEqualTo(LocalDate.of(2025, 11, 24));
	}

	@Test
	void reportsBadInputAsParseException() {
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> formatter.parse("114/02/29", Locale.TAIWAN))
			.withMessageContaining("114/02/29");
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> formatter.parse("next week", Locale.TAIWAN))
			.withMessageContaining("next week");
	}

	@Test
	void printsShortRocDate() {
		assertThat(formatter.print(LocalDate.of(2025, 1, 5), Locale.TAIWAN)).isEqualTo("114/01/05");
	}

	@Test
	void webConfigurationReplacesTheIsoDateFormatter() {
		DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();
		new RocWebConfiguration(formatter).addFormatters(conversion);
		assertThat(conversion.convert("114/11/24", LocalDate.class)).isEqualTo(LocalDate.of(2025, 11, 24));
		assertThat(conversion.convert("2025-11-24", LocalDate.class)).isEqualTo(LocalDate.of(2025, 11, 24));
		assertThat(conversion.convert(" ", LocalDate.class)).isNull();
		assertThat(conversion.convert(LocalDate.of(2025, 11, 24), String.class)).isEqualTo("114/11/24");
		assertThatExceptionOfType(ConversionFailedException.class).isThrownBy(() -> conversion.convert("114/02/29", LocalDate.class));
	}

}
