package tw.yankao.audit.web;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tw.yankao.audit.AuditQuery;

import static org.assertj.core.api.Assertions.assertThat;

class AuditFilterFormTest {

	@Test
	void blankTextIsAnyAndDatesAreWholeTaipeiDaysWithTheLastIncluded() {
		AuditFilterForm form = new AuditFilterForm(" agency ", "", null, 7L, "  ", LocalDate.of(2025, 11, 24),
				LocalDate.of(2025, 11, 25), null);

		assertThat(form.toQuery()).isEqualTo(AuditQuery.all()
			.withEntity("agency")
			.withAgencyId(7L)
			.withPeriod(Instant.parse("2025-11-23T16:00:00Z"), Instant.parse("2025-11-25T16:00:00Z")));
	}

	@Test
	void linksCarryOnlyTheFiltersSetEncodedSoTheyReadBackUnchanged() {
		AuditFilterForm form = new AuditFilterForm("agency", null, "a+b c&d", null, null, LocalDate.of(2025, 1, 5),
				null, null);

		assertThat(form.href(0)).isEqualTo("/audit?entity=agency&actor=a%2Bb+c%26d&from=2025-01-05");
		assertThat(form.href(2)).isEqualTo("/audit?entity=agency&actor=a%2Bb+c%26d&from=2025-01-05&page=2");
		assertThat(AuditFilterForm.empty().href(1)).isEqualTo("/audit?page=1");
		assertThat(AuditFilterForm.empty().href(0)).isEqualTo("/audit");
	}

	@Test
	void aPeriodEndingBeforeItStartsIsReversed() {
		LocalDate day = LocalDate.of(2025, 1, 5);
		assertThat(new AuditFilterForm(null, null, null, null, null, day, day, null).periodReversed()).isFalse();
		assertThat(new AuditFilterForm(null, null, null, null, null, day, day.minusDays(1), null).periodReversed()).isTrue();
	}

}
