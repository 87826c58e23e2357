package tw.yankao.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CalendarCsvTest {

	private static final String HEADER = "西元日期,星期,是否放假,備註\n";

	@Test
	void readsWholeYearWithQuotedFieldsMakeUpDayAndLongRun() {
		CalendarFile file = CalendarCsv.parse(CalendarFixtures.bytes(CalendarFixtures.YEAR_2030));
		assertThat(file.days()).hasSize(365);
		assertThat(day(file, "2030-01-01")).isEqualTo(new CalendarDay(LocalDate.of(2030, 1, 1), true, "測試元旦, 含逗號與\"引號\""));
		assertThat(day(file, "2030-01-02")).isEqualTo(new CalendarDay(LocalDate.of(2030, 1, 2), false, null));
		assertThat(day(file, "2030-02-16").makeUpWorkingDay()).isTrue();
		assertThat(file.days()).filteredOn(d -> d.day().getMonthValue() == 2 && d.day().getDayOfMonth() <= 10 && d.day().getDayOfMonth() >= 2)
			.hasSize(9)
			.allMatch(CalendarDay::dayOff);
		// 104 weekend days, minus the make-up Saturday, plus 7 weekday holidays (1/1, 2/4-2/8, 12/31).
		CalendarYear year = CalendarYear.of(2030, file.days(), "f.csv", Instant.EPOCH, null);
		assertThat(year.daysOff()).isEqualTo(110);
		assertThat(year.makeUpWorkingDays()).isEqualTo(1);
		assertThat(year.complete()).isTrue();
		assertThat(year.rocYear()).isEqualTo(119);
	}

	@Test
	void readsBig5WithCrLf() {
		CalendarFile file = CalendarCsv.parse(CalendarFixtures.bytes(CalendarFixtures.YEAR_2031_BIG5));
		assertThat(file.days()).hasSize(365);
		assertThat(day(file, "2031-01-02").note()).isEqualTo("測試元旦連假");
		assertThat(day(file, "2031-01-02").dayOff()).isTrue();
	}

	@Test
	void readsUtf8WithByteOrderMark() {
		CalendarFile file = CalendarCsv.parse(CalendarFixtures.bytes(CalendarFixtures.YEAR_2035_BOM));
		assertThat(file.days()).hasSize(365);
		assertThat(day(file, "2035-01-01").note()).isEqualTo("測試元旦（修正版）");
	}

	@Test
	void decodesStrictlyAsUtf8ThenFallsBackToBig5() {
		String text = HEADER + "20300101,二,2,測試元旦\n";
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("Big5"))) {
			assertThat(CalendarCsv.parse(text.getBytes(charset)).days().get(0).note()).isEqualTo("測試元旦");
		}
	}

	@Test
	void groupsAFileAcrossTheYearBoundaryByYear() {
		CalendarFile file = CalendarCsv.parse(CalendarFixtures.bytes(CalendarFixtures.DEC_2034_TO_JAN_2035));
		assertThat(file.byYear()).containsOnlyKeys(2034, 2035);
		assertThat(file.byYear().get(2034)).hasSize(12);
		assertThat(file.byYear().get(2035)).hasSize(10);
		CalendarYear partial = CalendarYear.of(2035, file.byYear().get(2035), "f.csv", Instant.EPOCH, null);
		assertThat(partial.complete()).isFalse();
		assertThat(partial.firstDay()).isEqualTo(LocalDate.of(2035, 1, 1));
		assertThat(partial.lastDay()).isEqualTo(LocalDate.of(2035, 1, 10));
	}

	@Test
	void reportsEveryBadRowWithLineAndField() {
		List<String> messages = errors(() -> CalendarCsv.parse(CalendarFixtures.bytes(CalendarFixtures.BAD_JANUARY_2030)))
			.stream().map(CalendarFileError::message).toList();
		assertThat(messages).containsExactly(
				"第 5 列「星期」是「一」，但 2030-01-04 是星期五 (line 5, field 星期: says 一 but 2030-01-04 is a Friday (五))",
				"第 9 列「西元日期」必須是 8 位數字 YYYYMMDD，卻是「2030-01-08」 (line 9, field 西元日期: must be 8 digits YYYYMMDD, got \"2030-01-08\")",
				"第 12 列「西元日期」與第 11 列重複（2030-01-10） (line 12, field 西元日期: duplicates line 11 (2030-01-10))",
				"第 17 列「是否放假」必須是 0 或 2 (line 17, field 是否放假: must be 0 or 2)");
	}

	@Test
	void listsAtMostFiftyErrors() {
		String rows = "20300101,二,9,\n".repeat(60);
		assertThatExceptionOfType(CalendarFileException.class).isThrownBy(() -> parse(HEADER + rows))
			.satisfies(ex -> {
				assertThat(ex.errors()).hasSize(50);
				assertThat(ex.truncated()).isTrue();
				assertThat(ex.getMessage()).contains("50+").contains("第 2 列");
			});
	}

	@Test
	void requiresTheHeader() {
		assertThat(errors(() -> parse("20300101,二,0,\n"))).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(1);
			assertThat(error.message()).contains("西元日期,星期,是否放假,備註").contains("星期、是否放假、備註");
		});
		assertThat(errors(() -> parse(""))).singleElement().extracting(CalendarFileError::line).isEqualTo(0);
		assertThat(errors(() -> parse(HEADER + "\n\n"))).singleElement().extracting(CalendarFileError::message, STRING)
			.contains("no day rows");
	}

	@Test
	void findsColumnsByNameAndToleratesShortRows() {
		CalendarFile file = parse("\n 是否放假 ,西元日期,星期,備註,來源\n2,20300105,星期六\n0,20300107,週一,,x\n");
		assertThat(file.days()).extracting(CalendarDay::day, CalendarDay::dayOff)
			.containsExactly(tuple(LocalDate.of(2030, 1, 5), true),
					tuple(LocalDate.of(2030, 1, 7), false));
	}

	@Test
	void countsLinesInsideQuotedFields() {
		List<CalendarFileError> errors = errors(() -> parse(HEADER + "20300101,二,2,\"兩行\n備註\"\n20300102,三,5,\n"));
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(4);
			assertThat(error.field()).isEqualTo("是否放假");
		});
	}

	@Test
	void rejectsMalformedRows() {
		assertThat(errors(() -> parse(HEADER + "20300101,二\n"))).singleElement()
			.satisfies(e -> assertThat(e.message()).isEqualTo("第 2 列：欄位數不足：需要 3 欄，只有 2 欄 (line 2: expected 3 fields, found 2)"));
		assertThat(errors(() -> parse(HEADER + "20300230,六,2,\n"))).singleElement().extracting(CalendarFileError::field).isEqualTo("西元日期");
		assertThat(errors(() -> parse(HEADER + "19111231,日,2,\n"))).singleElement().extracting(CalendarFileError::field).isEqualTo("西元日期");
		assertThat(errors(() -> parse(HEADER + "20300101,Tue,0,\n"))).singleElement().extracting(CalendarFileError::field).isEqualTo("星期");
		assertThat(errors(() -> parse(HEADER + "20300101,二,0," + "長".repeat(201) + "\n"))).singleElement()
			.extracting(CalendarFileError::field).isEqualTo("備註");
		assertThat(errors(() -> parse(HEADER + "20300101,二,0,\"未結束\n"))).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("line 2").contains("quote"));
	}

	@Test
	void demoFileIsAValidCalendarLabelledAsDemoData() throws Exception {
		byte[] content;
		try (var in = getClass().getResourceAsStream("/demo/calendar-2026-demo.csv")) {
			content = in.readAllBytes();
		}
		CalendarFile file = CalendarCsv.parse(content);
		assertThat(file.byYear()).containsOnlyKeys(2026);
		assertThat(file.days()).hasSize(365);
		assertThat(file.days().get(0).note()).startsWith("示範資料").contains("14718");
		assertThat(file.days()).filteredOn(d -> d.note() != null).allMatch(d -> d.note().startsWith("示範資料") && d.dayOff());
		assertThat(file.days()).noneMatch(CalendarDay::makeUpWorkingDay);
	}

	private static CalendarFile parse(String text) {
		return CalendarCsv.parse(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<CalendarFileError> errors(ThrowingCallable parse) {
		CalendarFileException ex = catchThrowableOfType(CalendarFileException.class, parse);
		assertThat(ex).as("rejected").isNotNull();
		return ex.errors();
	}

	private static CalendarDay day(CalendarFile file, String isoDate) {
		LocalDate date = LocalDate.parse(isoDate);
		return file.days().stream().filter(d -> d.day().equals(date)).findFirst().orElseThrow();
	}

}
