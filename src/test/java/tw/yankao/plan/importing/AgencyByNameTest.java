package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyKind;

class AgencyByNameTest {

	private static final List<Agency> AGENCIES = List.of(agency(1, "TCG", "臺中市政府"), agency(2, "TCG-SEC", "秘書處"),
			agency(3, "TCG-RDEC", "研究發展考核委員會"), agency(4, "TCG-CON-SEC", "秘書室"), agency(5, "TCG-TRA-SEC", "秘書室"));

	@Test
	void theTextsNameMatchesWithOrWithoutTheCityPrefix() {
		assertThat(AgencyByName.find("臺中市政府秘書處", AGENCIES)).map(Agency::code).hasValue("TCG-SEC");
		assertThat(AgencyByName.find("研究發展考核委員會", AGENCIES)).map(Agency::code).hasValue("TCG-RDEC");
		assertThat(AgencyByName.find("臺中市政府", AGENCIES)).map(Agency::code).hasValue("TCG");
	}

	@Test
	void noNameOrAnUnknownNameMatchesNothing() {
		assertThat(AgencyByName.find(null, AGENCIES)).isEmpty();
		assertThat(AgencyByName.find("新北市政府教育局", AGENCIES)).isEmpty();
	}

	@Test
	void twoAgenciesOfTheSameNameAreAmbiguous() {
		assertThatThrownBy(() -> AgencyByName.find("臺中市政府秘書室", AGENCIES)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("TCG-CON-SEC")
			.hasMessageContaining("TCG-TRA-SEC")
			.hasMessageContaining("--agency");
	}

	private static Agency agency(long id, String code, String nameZh) {
		return new Agency(id, code, id == 1 ? null : 1L, id == 1 ? AgencyKind.CITY : AgencyKind.FIRST_LEVEL, nameZh,
				code, LocalDate.of(2010, 12, 25), null, 0);
	}

}
