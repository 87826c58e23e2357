package tw.yankao.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportingPeriodTest {

	@Test
	void readsItsCodesAndKnowsItsDays() {
		ReportingPeriod q3 = ReportingPeriod.parse("107-Q3");
		assertThat(q3.start()).isEqualTo(LocalDate.of(2018, 7, 1));
		assertThat(q3.end()).isEqualTo(LocalDate.of(2018, 9, 30));
		assertThat(ReportingPeriod.parse("107-H2").end()).isEqualTo(LocalDate.of(2018, 12, 31));
		assertThat(ReportingPeriod.parse(" 107 ")).isEqualTo(ReportingPeriod.year(107));
		assertThat(ReportingPeriod.year(107).start()).isEqualTo(LocalDate.of(2018, 1, 1));
		assertThat(ReportingPeriod.allOf(107)).extracting(ReportingPeriod::code)
			.containsExactly("107", "107-H1", "107-H2", "107-Q1", "107-Q2", "107-Q3", "107-Q4");
	}

	@Test
	void refusesPeriodsThatDoNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("107-H3"));
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("2018"));
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("107-Q"));
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse(null));
	}

}
