package tw.yankao.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tw.yankao.shared.DataChanged;

/**
 * Import into PostgreSQL and the calendar read back from it. The methods share one database, so
 * each imports what it relies on; importing a fixture again is harmless.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RecordApplicationEvents
class WorkingDayCalendarIntegrationTest {

	@Autowired
	CalendarImport calendarImport;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	CalendarImportCommand command;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void importsYearsAndAnswersFromTheDatabase() {
		CalendarImportResult result = importFixture(CalendarFixtures.YEAR_2030);
		assertThat(result.yearsReplaced()).containsExactly(2030);
		assertThat(result.dayCount()).isEqualTo(365);
		assertThat(result.daysOff()).isEqualTo(110);
		assertThat(result.makeUpWorkingDays()).isEqualTo(1);
		importFixture(CalendarFixtures.YEAR_2031_BIG5);
		assertThat(daysStored(2030)).isEqualTo(365);
		assertThat(jdbc.sql("select note from calendar_day where day = :d").param("d", LocalDate.of(2031, 1, 2)).query(String.class).single())
			.isEqualTo("測試元旦連假");
		assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 16))).as("make-up Saturday").isTrue();
		assertThat(calendar.addWorkingDays(LocalDate.of(2030, 2, 1), 1)).isEqualTo(LocalDate.of(2030, 2, 11));
		assertThat(calendar.addWorkingDays(LocalDate.of(2030, 12, 30), 1)).isEqualTo(LocalDate.of(2031, 1, 3));
		assertThat(calendar.addWorkingDays(LocalDate.of(2031, 12, 31), 3)).isEqualTo(LocalDate.of(2032, 1, 5));
		assertThat(calendar.yearsWithoutData(2030, 2032)).containsExactly(2032);
		assertThat(calendarImport.importedYears()).extracting(CalendarYear::year).contains(2030, 2031);
	}

	@Test
	void publishesOneChangePerYearWithSummaries() {
		importFixture(CalendarFixtures.YEAR_2030);
		events.clear();
		importFixture(CalendarFixtures.YEAR_2030);
		assertThat(events.stream(DataChanged.class)).singleElement().satisfies(change -> {
			assertThat(change.entity()).isEqualTo("calendar_year");
			assertThat(change.entityId()).isEqualTo("2030");
			assertThat(change.action()).isEqualTo("IMPORT");
			assertThat(change.before()).isInstanceOf(Map.class);
			assertThat(summary(change.after())).containsEntry("dayCount", 365).containsEntry("daysOff", 110)
				.containsEntry("makeUpWorkingDays", 1).containsEntry("sourceName", CalendarFixtures.YEAR_2030)
				.containsEntry("importedBy", "tester");
		});
	}

	@Test
	void badFileChangesNothing() {
		importFixture(CalendarFixtures.YEAR_2030);
		CalendarYear before = calendarImport.importedYears().stream().filter(y -> y.year() == 2030).findFirst().orElseThrow();
		events.clear();
		assertThatExceptionOfType(CalendarFileException.class).isThrownBy(() -> importFixture(CalendarFixtures.BAD_JANUARY_2030))
			.satisfies(ex -> assertThat(ex.errors()).hasSize(4).extracting(CalendarFileError::message)
				.contains("第 17 列「是否放假」必須是 0 或 2 (line 17, field 是否放假: must be 0 or 2)"));
		assertThat(calendarImport.importedYears()).filteredOn(y -> y.year() == 2030).containsExactly(before);
		assertThat(daysStored(2030)).isEqualTo(365);
		assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
		assertThat(events.stream(DataChanged.class)).isEmpty();
	}

	@Test
	void reimportReplacesEachYearInTheFileAndOnlyThose() {
		CalendarImportResult boundary = importFixture(CalendarFixtures.DEC_2034_TO_JAN_2035);
		assertThat(boundary.yearsReplaced()).containsExactly(2034, 2035);
		assertThat(calendar.isWorkingDay(LocalDate.of(2035, 1, 2))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2035, 1, 6))).isFalse();
		events.clear();

		CalendarImportResult reissue = importFixture(CalendarFixtures.YEAR_2035_BOM);
		assertThat(reissue.yearsReplaced()).containsExactly(2035);
		assertThat(daysStored(2035)).isEqualTo(365);
		assertThat(daysStored(2034)).isEqualTo(12);
		// The cached 2035 was dropped by the import: the reissue's days are seen at once.
		assertThat(calendar.isWorkingDay(LocalDate.of(2035, 1, 2))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2035, 1, 6))).as("make-up Saturday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2034, 12, 29))).isTrue();
		assertThat(events.stream(DataChanged.class)).singleElement().satisfies(change -> {
			assertThat(summary(change.before())).containsEntry("dayCount", 10).containsEntry("firstDay", "2035-01-01");
			assertThat(summary(change.after())).containsEntry("dayCount", 365);
		});
	}

	@Test
	void commandImportsOrListsTheErrors(@TempDir Path dir) throws Exception {
		Path good = Files.write(dir.resolve("calendar-2031.csv"), CalendarFixtures.bytes(CalendarFixtures.YEAR_2031_BIG5));
		Path bad = Files.write(dir.resolve("bad.csv"), CalendarFixtures.bytes(CalendarFixtures.BAD_JANUARY_2030));
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
			assertThat(command.run(List.of(good.toString()), out)).isZero();
			assertThat(command.run(List.of(bad.toString()), out)).isEqualTo(1);
			assertThat(command.run(List.of(dir.resolve("missing.csv").toString()), out)).isEqualTo(1);
		}
		assertThat(output.toString(StandardCharsets.UTF_8))
			.contains("120 年 (2031): 2031-01-01 – 2031-12-31, 365 天 days, 106 天放假 days off, 0 天補行上班")
			.contains("第 17 列「是否放假」必須是 0 或 2")
			.contains("no such file");
		assertThat(calendarImport.importedYears()).filteredOn(y -> y.year() == 2031).singleElement()
			.satisfies(y -> assertThat(y.importedBy()).isEqualTo("cli"));
		assertThatIllegalArgumentException().isThrownBy(() -> command.run(List.of(), System.out));
	}

	private CalendarImportResult importFixture(String name) {
		return calendarImport.importFile(CalendarFixtures.bytes(name), name, "tester");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> summary(Object auditState) {
		return (Map<String, Object>) auditState;
	}

	private int daysStored(int year) {
		return jdbc.sql("select count(*) from calendar_day where extract(year from day) = :year").param("year", year).query(Integer.class).single();
	}

}
