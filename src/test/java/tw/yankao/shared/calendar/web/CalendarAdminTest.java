package tw.yankao.shared.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tw.yankao.shared.calendar.CalendarImport;
import tw.yankao.shared.calendar.CalendarYear;
import tw.yankao.shared.calendar.WorkingDayCalendar;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.time.RocDates;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar pages against the shared test database, which holds the demo 2026 and possibly
 * years other tests imported: these tests import only 2045 and never touch this year or next.
 */
@YankaoWebTest
class CalendarAdminTest {

	/** Imported by the upload test; ROC 134. */
	private static final int GOOD_YEAR = 2045;

	/** Never imported: its file is rejected. */
	private static final int BAD_YEAR = 2046;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CalendarImport calendarImport;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Clock clock;

	@Test
	void uploadOfAGoodFileShowsTheSummaryAndTheYear() throws Exception {
		byte[] file = CalendarFiles.year(GOOD_YEAR, Map.of(LocalDate.of(GOOD_YEAR, 1, 1), "測試元旦", LocalDate.of(GOOD_YEAR, 1, 2), "測試連假"),
				Map.of(LocalDate.of(GOOD_YEAR, 1, 14), "補行上班"));
		MvcResult upload = mvc.perform(multipart("/admin/calendar")
			.file(new MockMultipartFile("file", "calendar-2045.csv", "text/csv", file))
			.with(users.as(Role.SYSTEM_ADMIN))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/calendar"))
			.andExpect(flash().attributeExists("imported"))
			.andReturn();

		// 2045-01-01 is a Sunday, 01-02 a Monday, 01-14 a Saturday: 105 weekend days - 1 make-up day + 1 weekday holiday.
		mvc.perform(get("/admin/calendar").flashAttrs(upload.getFlashMap()).with(users.as(Role.SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已匯入「calendar-2045.csv」：1 個年度，共 365 天，其中放假 105 天、補行上班 1 天。")))
			.andExpect(content().string(containsString("民國 134 年（2045）")));
		CalendarYear imported = calendarImport.importedYear(GOOD_YEAR).orElseThrow();
		assertThat(imported.importedBy()).isEqualTo("test-system_admin");
		assertThat(imported.makeUpWorkingDays()).isEqualTo(1);
		assertThat(calendar.isWorkingDay(LocalDate.of(GOOD_YEAR, 1, 14))).isTrue();

		mvc.perform(get("/admin/calendar/{year}", GOOD_YEAR).with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("民國 134 年 1 月")))
			.andExpect(content().string(containsString("134/01/02（一）放假日：測試連假")))
			.andExpect(content().string(containsString("134/01/14（六）補行上班日：補行上班")))
			.andExpect(content().string(containsString("<span class=\"visually-hidden\">補行上班日</span>")));
	}

	@Test
	void uploadOfABadFileShowsEveryErrorWithLineAndFieldAndChangesNothing() throws Exception {
		List<CalendarYear> before = calendarImport.importedYears();
		String csv = CalendarFiles.HEADER + CalendarFiles.row(LocalDate.of(BAD_YEAR, 1, 1), "0", "")
				+ CalendarFiles.row(LocalDate.of(BAD_YEAR, 1, 2), "1", "")
				+ "20460103,一,0,\n"
				+ "2046/01/04,四,0,\n";

		mvc.perform(multipart("/admin/calendar")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(users.as(Role.SYSTEM_ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("辦公日曆檔案有 3 項錯誤，未做任何變更")))
			.andExpect(content().string(containsString("第 3 列「是否放假」：必須是 0 或 2")))
			.andExpect(content().string(containsString("第 4 列「星期」：是「一」，但 2046-01-03 是星期三")))
			.andExpect(content().string(containsString("第 5 列「西元日期」：必須是 8 位數字 YYYYMMDD")));

		assertThat(calendarImport.importedYears()).isEqualTo(before);
		assertThat(calendar.hasDataFor(BAD_YEAR)).isFalse();
	}

	@Test
	void errorsAreShownInEnglishToEnglishReaders() throws Exception {
		String csv = CalendarFiles.HEADER + CalendarFiles.row(LocalDate.of(BAD_YEAR, 1, 2), "1", "");
		mvc.perform(multipart("/admin/calendar")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("lang", "en")
			.with(users.as(Role.SYSTEM_ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Line 2, field 是否放假: must be 0 or 2")));
	}

	@Test
	void aMissingFileIsAnErrorOnThePage() throws Exception {
		mvc.perform(multipart("/admin/calendar").with(users.as(Role.SYSTEM_ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("檔案：沒有任何資料")));
	}

	@Test
	void theListWarnsAboutNextYearWithoutData() throws Exception {
		int nextYear = LocalDate.now(clock).getYear() + 1;
		assertThat(calendar.hasDataFor(nextYear)).as("no test imports next year").isFalse();
		String label = "民國 " + RocDates.toRocYear(nextYear) + " 年（" + nextYear + "）";

		mvc.perform(get("/admin/calendar").with(users.as(Role.RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"missing-years\"")))
			.andExpect(content().string(containsString("暫以週六、週日為休假日")))
			.andExpect(content().string(containsString(label)))
			// Only administrators upload.
			.andExpect(content().string(not(containsString("multipart/form-data"))));
	}

	@Test
	void aYearWithoutDataSaysSoAndAnImpossibleYearIsNotFound() throws Exception {
		mvc.perform(get("/admin/calendar/{year}", 2047).with(users.as(Role.SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("民國 136 年（2047）尚未匯入辦公日曆")));
		mvc.perform(get("/admin/calendar/{year}", 1800).with(users.as(Role.SYSTEM_ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void theDemoYearShowsItsHolidaysInBothLanguages() throws Exception {
		mvc.perform(get("/admin/calendar/2026").with(users.as(Role.SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("民國 115 年 2 月")))
			.andExpect(content().string(containsString("115/02/16（一）放假日：示範資料")));
		mvc.perform(get("/admin/calendar/2026").param("lang", "en").with(users.as(Role.SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("February 2026")))
			.andExpect(content().string(containsString("<abbr title=\"Sunday\">Sun</abbr>")));
	}

	@Test
	void theHomePageTellsAdministratorsAndTheRdecAboutAMissingYear() throws Exception {
		int nextYear = LocalDate.now(clock).getYear() + 1;
		assertThat(calendar.hasDataFor(nextYear)).as("no test imports next year").isFalse();
		String notice = "民國 " + RocDates.toRocYear(nextYear) + " 年（" + nextYear + "）尚未匯入政府行政機關辦公日曆";

		for (Role role : List.of(Role.SYSTEM_ADMIN, Role.RDEC_STAFF)) {
			mvc.perform(get("/").with(users.as(role)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(notice)))
				.andExpect(content().string(containsString("href=\"/admin/calendar\"")));
		}
		mvc.perform(get("/").with(users.as(Role.CASE_HANDLER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(notice))));
	}

}
