package tw.yankao.opendata;

/**
 * One column of a dataset (data.gov.tw's fieldDescription lists them).
 *
 * @param name the column header, as published (Chinese, as data.gov.tw users expect)
 * @param type what the values are
 * @param description what the column means, zh-TW
 * @param required whether an empty value counts against completeness
 */
public record DatasetField(String name, FieldType type, String description, boolean required) {

	public static DatasetField required(String name, FieldType type, String description) {
		return new DatasetField(name, type, description, true);
	}

	public static DatasetField optional(String name, FieldType type, String description) {
		return new DatasetField(name, type, description, false);
	}

}
