package tw.yankao.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataPatternsTest {

	@Test
	void phonesEmailsAndIdNumbersAreReplaced() {
		String text = "請回電0912-345-678或(04)2228-9111，信箱 ming.wang@example.com.tw，身分證A123456789。";

		assertThat(PersonalDataPatterns.scrub(text))
			.isEqualTo("請回電[電話]或[電話]，信箱 [電子郵件]，身分證[身分證號]。");
	}

	@Test
	void caseNumbersDatesAndAmountsStay() {
		String text = "案號TC1151124-000123，114年11月24日，路燈編號 12345，金額 1,000,000 元";

		assertThat(PersonalDataPatterns.scrub(text)).isEqualTo(text);
		assertThat(PersonalDataPatterns.contains(text)).isFalse();
	}

	@Test
	void scrubbingTwiceChangesNothing() {
		String once = PersonalDataPatterns.scrub("+886 912 345 678, 0223456789");

		assertThat(once).isEqualTo("[電話], [電話]");
		assertThat(PersonalDataPatterns.scrub(once)).isEqualTo(once);
		assertThat(PersonalDataPatterns.scrub(null)).isNull();
	}

}
