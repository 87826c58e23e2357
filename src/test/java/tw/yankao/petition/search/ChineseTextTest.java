package tw.yankao.petition.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

	@Test
	void traditionalChineseIsCutIntoOverlappingBigrams() {
		assertThat(ChineseText.terms("路燈不亮")).containsExactly("路燈", "燈不", "不亮");
		assertThat(ChineseText.terms("臺中市北屯區")).containsExactly("臺中", "中市", "市北", "北屯", "屯區");
	}

	@Test
	void punctuationSplitsRunsAndALoneCharacterStaysAUnigram() {
		assertThat(ChineseText.terms("水溝，臭。")).containsExactly("水溝", "臭");
	}

	@Test
	void numbersAndLatinWordsStayWholeAndFullWidthFoldsToHalfWidth() {
		assertThat(ChineseText.terms("中清路二段100號")).containsExactly("中清", "清路", "路二", "二段", "100", "號");
		assertThat(ChineseText.terms("ＬＥＤ路燈")).containsExactly("led", "路燈");
	}

	@Test
	void overlapIsTheDiceCoefficientOfBigramSetsWhateverTheOrder() {
		assertThat(ChineseText.overlapPercent("路燈不亮", "路燈不亮")).isEqualTo(100);
		assertThat(ChineseText.overlapPercent("路燈不亮", "不亮的路燈")).isEqualTo(57); // 2 × 2 shared of 3 + 4 (不亮 亮的 的路 路燈)
		assertThat(ChineseText.overlapPercent("路燈不亮", "垃圾車沒來")).isZero();
		assertThat(ChineseText.overlapPercent("", "路燈")).isZero();
	}

}
