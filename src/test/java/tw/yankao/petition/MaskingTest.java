package tw.yankao.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

	@Test
	void namesKeepTheirFirstAndLastCharacter() {
		assertThat(Masking.name("王小明")).isEqualTo("王○明");
		assertThat(Masking.name("歐陽小明")).isEqualTo("歐○○明");
		assertThat(Masking.name("林明")).isEqualTo("林○");
		assertThat(Masking.name("John Smith")).isEqualTo("J***");
		assertThat(Masking.name(null)).isNull();
	}

	@Test
	void mobilePhonesShowTheirFirstFourAndLastThreeDigits() {
		assertThat(Masking.phone("0912345678")).isEqualTo("0912-***-678");
		assertThat(Masking.phone("0912-345-678")).isEqualTo("0912-***-678");
	}

	@Test
	void otherPhonesShowTheirAreaCodeAndLastThreeDigits() {
		assertThat(Masking.phone("04-22289111")).isEqualTo("04-*****111");
		assertThat(Masking.phone("1999")).isEqualTo("****");
	}

	@Test
	void emailsKeepTheirFirstLetterAndDomain() {
		assertThat(Masking.email("ming@example.tw")).isEqualTo("m***@example.tw");
		assertThat(Masking.email("broken")).isEqualTo("***");
	}

	@Test
	void addressesAreCutAfterTheRoadAndSection() {
		assertThat(Masking.address("臺中市北屯區文心路四段100號5樓")).isEqualTo("臺中市北屯區文心路四段○○");
		assertThat(Masking.address("臺中市西屯區臺灣大道三段99號")).isEqualTo("臺中市西屯區臺灣大道三段○○");
		assertThat(Masking.address("臺中市和平區梨山里10鄰")).isEqualTo("臺中市和平區○○");
	}

}
