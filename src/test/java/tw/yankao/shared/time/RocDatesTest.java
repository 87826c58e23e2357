package tw.yankao.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RocDatesTest {

	@Test
	void formatsLongShortAndCompact() {
		LocalDate date = LocalDate.of(2025, 11, 24);
		assertThat(RocDates.format(date)).isEqualTo("114年11月24日");
		assertThat(RocDates.formatShort(date)).isEqualTo("114/11/24");
		assertThat(RocDates.formatCompact(date)).isEqualTo("1141124");
	}

	@Test
	void padsMonthAndDayOnlyInShortAndCompactForms() {
		LocalDate date = LocalDate.of(2025, 1, 5);
		assertThat(RocDates.format(date)).isEqualTo("114年1月5日");
		assertThat(RocDates.formatShort(date)).isEqualTo("114/01/05");
		assertThat(RocDates.formatCompact(date)).isEqualTo("1140105");
	}

	@Test
	void formatsYearsBelowOneHundred() {
		LocalDate date = LocalDate.of(2010, 12, 31);
		assertThat(RocDates.format(date)).isEqualTo("99年12月31日");
		assertThat(RocDates.formatShort(date)).isEqualTo("99/12/31");
		assertThat(RocDates.formatCompact(date)).isEqualTo("0991231");
		assertThat(RocDates.formatShort(RocDates.FIRST_DAY)).isEqualTo("1/01/01");
	}

	@ParameterizedTest
	@CsvSource({
		"114年11月24日, 2025-11-24",
		"民國114年11月24日, 2025-11-24",
		"中華民國 114 年 1 月 5 日, 2025-01-05",
		"114/11/24, 2025-11-24",
		"114/1/5, 2025-01-05",
		"' 114/01/05 ', 2025-01-05",
		"99/12/31, 2010-12-31",
		"1141124, 2025-11-24",
		"0991231, 2010-12-31",
		"2025-11-24, 2025-11-24",
		"1/1/1, 1912-01-01" })
	void parsesEveryAcceptedForm(String text, LocalDate expected) {
		assertThat(RocDates.parse(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "2025/11/24", "114-11-24", "114.11.24", "11411241", "114年11月", "20251124" })
	void rejectsOtherFormsNamingInputAndAcceptedForms(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> RocDates.parse(text))
			.withMessageContaining("「" + text + "」")
			.withMessageContaining(RocDates.ACCEPTED_FORMS);
	}

	@Test
	void acceptsLeapDayOnlyInLeapYears() {
		assertThat(RocDates.parse("113/02/29")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(RocDates.parse("1130229")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(RocDates.parse("113年2月29日")).isEqualTo(LocalDate.of(2024, 2, 29));
		for (String text : new String[] { "114/02/29", "1140229", "114年2月29日", "2025-02-29", "114/13/01", "114/04/31" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> RocDates.parse(text))
				.withMessageContaining("「" + text + "」")
				.withMessageContaining("no such date");
		}
	}

	@Test
	void rejectsDaysBeforeRocYearOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> RocDates.parse("0/12/31")).withMessageContaining("「0/12/31」");
		assertThatIllegalArgumentException().isThrownBy(() -> RocDates.parse("1911-12-31")).withMessageContaining("1912-01-01");
		assertThatIllegalArgumentException().isThrownBy(() -> RocDates.formatShort(LocalDate.of(1911, 12, 31)));
	}

	@Test
	void roundTripsEveryFormOverAllRocYears() {
		for (LocalDate date = RocDates.FIRST_DAY; date.getYear() < 2112; date = date.plusDays(37)) {
			assertThat(RocDates.parse(RocDates.format(date))).isEqualTo(date);
			assertThat(RocDates.parse(RocDates.formatShort(date))).isEqualTo(date);
			assertThat(RocDates.parse(RocDates.formatCompact(date))).isEqualTo(date);
		}
		for (LocalDate leapDay : new LocalDate[] { LocalDate.of(1912, 2, 29), LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 29) }) {
			assertThat(RocDates.parse(RocDates.formatShort(leapDay))).isEqualTo(leapDay);
			assertThat(RocDates.parse(RocDates.formatCompact(leapDay))).isEqualTo(leapDay);
		}
	}

	@Test
	void showsInstantsAndOffsetsInTaipei() {
		Instant instant = Instant.parse("2025-11-24T06:05:00Z");
		assertThat(RocDates.formatDateTime(instant)).isEqualTo("114/11/24 14:05");
		assertThat(RocDates.formatDateTime(instant.atOffset(ZoneOffset.UTC))).isEqualTo("114/11/24 14:05");
		assertThat(RocDates.formatDateTime(instant.atZone(ZoneId.of("Europe/Berlin")))).isEqualTo("114/11/24 14:05");
		assertThat(RocDates.formatDateTime(OffsetDateTime.parse("2025-12-31T17:30:00Z"))).isEqualTo("115/01/01 01:30");
		assertThat(RocDates.formatDateTime(LocalDateTime.of(2010, 1, 2, 3, 4))).isEqualTo("99/01/02 03:04");
		assertThat(RocDates.ZONE).isEqualTo(ZoneId.of("Asia/Taipei"));
	}

	@Test
	void convertsYears() {
		assertThat(RocDates.rocYear(LocalDate.of(2020, 6, 1))).isEqualTo(109);
		assertThat(RocDates.toRocYear(2026)).isEqualTo(115);
		assertThat(RocDates.toGregorianYear(99)).isEqualTo(2010);
	}

}
