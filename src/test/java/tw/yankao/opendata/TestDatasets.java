package tw.yankao.opendata;

import java.util.List;

import static tw.yankao.opendata.DatasetField.optional;
import static tw.yankao.opendata.DatasetField.required;
import static tw.yankao.opendata.FieldType.CODE;
import static tw.yankao.opendata.FieldType.DATE;
import static tw.yankao.opendata.FieldType.INTEGER;
import static tw.yankao.opendata.FieldType.TEXT;

/** A small dataset for unit tests: a code, a date, a count and a free-text field; 90 % completeness. */
public final class TestDatasets {

	public static final Dataset CASES = new Dataset("test-cases", "測試", "Test", "測試", "Test", "TCG-RDEC", "測試",
			UpdateFrequency.MONTHLY, "研考會", "opendata@example.gov.tw", List.of("測試"),
			List.of(required("案件編號", CODE, "編號"), required("受理日期", DATE, "日期"), required("件數", INTEGER, "件數"),
					optional("摘要", TEXT, "摘要")),
			90);

	private TestDatasets() {
	}

}
