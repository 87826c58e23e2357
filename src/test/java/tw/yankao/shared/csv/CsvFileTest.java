package tw.yankao.shared.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFileTest {

	@Test
	void readsUtf8WithOrWithoutByteOrderMark() {
		for (String text : List.of("名稱,代碼\n臺中,A\n", "\uFEFF名稱,代碼\n臺中,A\n")) {
			CsvFile file = CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
			assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
			assertThat(file.header()).containsExactly("名稱", "代碼");
			assertThat(file.column("代碼")).isEqualTo(1);
			assertThat(file.rows()).singleElement().extracting(row -> row.field(0)).isEqualTo("臺中");
		}
	}

	@Test
	void fallsBackToTheBig5VariantTheCallerNames() {
		byte[] big5 = "名稱\n臺中～\n".getBytes(CsvFile.WINDOWS_950);
		assertThat(CsvFile.read(big5).charset()).isEqualTo(CsvFile.BIG5_HKSCS);
		CsvFile windows = CsvFile.read(big5, CsvFile.WINDOWS_950);
		assertThat(windows.charset()).isEqualTo(CsvFile.WINDOWS_950);
		assertThat(windows.rows().get(0).field(0)).isEqualTo("臺中～");
		assertThat(CsvFile.read("名稱\n臺中\n".getBytes(Charset.forName("Big5"))).rows().get(0).field(0)).isEqualTo("臺中");
	}

	@Test
	void keepsLineNumbersAcrossQuotedLineBreaksAndBlankRows() {
		CsvFile file = CsvFile.read("\n a , b \r\n\"x\r\ny\",\"say \"\"hi\"\"\"\r\n,,\n\n3,4".getBytes(StandardCharsets.UTF_8));
		assertThat(file.headerLine()).isEqualTo(2);
		assertThat(file.header()).containsExactly("a", "b");
		assertThat(file.rows()).extracting(CsvFile.Row::line).containsExactly(3, 7);
		assertThat(file.rows().get(0).fields()).containsExactly("x\r\ny", "say \"hi\"");
		assertThat(file.rows().get(1).field(5)).isEmpty();
		assertThat(file.unclosedQuoteLine()).isEmpty();
	}

	@Test
	void treatsAQuoteInsideAFieldAsTextAndReportsAQuoteThatNeverCloses() {
		CsvFile file = CsvFile.read("a,b\n12\" 螢幕,x\n\"open,\ny\n".getBytes(StandardCharsets.UTF_8));
		assertThat(file.rows().get(0).fields()).containsExactly("12\" 螢幕", "x");
		assertThat(file.rows()).hasSize(2);
		assertThat(file.unclosedQuoteLine()).hasValue(3);
	}

	@Test
	void anEmptyFileHasNoHeader() {
		CsvFile file = CsvFile.read(" \n\n".getBytes(StandardCharsets.UTF_8));
		assertThat(file.header()).isEmpty();
		assertThat(file.headerLine()).isZero();
		assertThat(file.rows()).isEmpty();
	}

}
