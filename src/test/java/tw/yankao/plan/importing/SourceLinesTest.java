package tw.yankao.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a line of an exported plan is cleaned before it is read. */
class SourceLinesTest {

	@Test
	void removesTheHtmlAndBookmarksOfExportsButNotComparisons() {
		assertThat(SourceLines.clean("<ol style=\"list-style-type: none\"> 1、訂定要點。<li>2、建立規則。</li></ol>"))
			.isEqualTo("1、訂定要點。 2、建立規則。");
		assertThat(SourceLines.clean("[bookmark: _Toc471377679]研考會107年度施政計畫")).isEqualTo("研考會107年度施政計畫");
		assertThat(SourceLines.clean("A<B 且 C>D")).isEqualTo("A<B 且 C>D");
	}

	@Test
	void makesDigitsAndBracketsHalfWidthAndKeepsTheCells() {
		assertThat(SourceLines.clean("１．智慧服務（２０％）\t　目標值　")).isEqualTo("1.智慧服務(20%)\t目標值");
		assertThat(SourceLines.clean("\t")).isEqualTo("\t");
		assertThat(SourceLines.clean("- (一)辦理研究")).isEqualTo("(一)辦理研究");
	}

}
