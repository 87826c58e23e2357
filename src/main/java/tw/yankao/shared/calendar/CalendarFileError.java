package tw.yankao.shared.calendar;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in a calendar CSV file.
 *
 * @param line the 1-based line of the file where the offending row starts; 0 for the file as a whole
 * @param field the column name as in the header (e.g. {@code 是否放假}), null when the whole row or file is at fault
 * @param problemZh what is wrong, in Chinese
 * @param problemEn what is wrong, in English
 */
public record CalendarFileError(int line, @Nullable String field, String problemZh, String problemEn) {

	/** What is wrong in the reader's language: English for English, Chinese otherwise. */
	public String problem(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? problemEn : problemZh;
	}

	/**
	 * Both languages in one line, e.g.
	 * {@code 第 17 列「是否放假」必須是 0 或 2 (line 17, field 是否放假: must be 0 or 2)}.
	 */
	public String message() {
		if (line == 0) {
			return "檔案" + problemZh + " (file: " + problemEn + ")";
		}
		if (field == null) {
			return "第 " + line + " 列：" + problemZh + " (line " + line + ": " + problemEn + ")";
		}
		return "第 " + line + " 列「" + field + "」" + problemZh + " (line " + line + ", field " + field + ": " + problemEn + ")";
	}

}
