package tw.yankao.shared.calendar;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

import tw.yankao.shared.demo.DemoDataset;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo calendar in the web tests' application, which starts with demo data on. */
@YankaoWebTest
class CalendarDemoDataTest {

	@Autowired
	CalendarDemoData demo;

	@Autowired
	List<DemoDataset> datasets;

	@Autowired
	List<ApplicationRunner> runners;

	@Autowired
	CalendarImport calendarImport;

	@Test
	void loadsTheDemoYearAfterTheOrganisation() {
		assertThat(datasets).contains(demo);
		assertThat(demo.order()).isEqualTo(10);
		assertThat(demo.isLoaded()).isTrue();
		assertThat(calendarImport.importedYear(2026)).hasValueSatisfying(year -> {
			assertThat(year.sourceName()).isEqualTo(CalendarDemoData.FILE);
			assertThat(year.importedBy()).isEqualTo(CalendarDemoData.IMPORTED_BY);
			assertThat(year.dayCount()).isEqualTo(365);
		});
	}

	@Test
	void aRestartLoadsNothingAgain() throws Exception {
		List<CalendarYear> before = calendarImport.importedYears();
		for (ApplicationRunner runner : runners) {
			runner.run(new DefaultApplicationArguments());
		}
		// Same years with the same import time: the demo year was not imported a second time.
		assertThat(calendarImport.importedYears()).isEqualTo(before);
	}

}
