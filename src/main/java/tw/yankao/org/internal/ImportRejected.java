package tw.yankao.org.internal;

import java.util.List;
import java.util.Map;

/** An import file with bad rows; nothing of it was applied. */
public class ImportRejected extends RuntimeException {

	/**
	 * @param line the line in the file, counting the header as line 1
	 * @param column the column's name as the file's users know it
	 * @param messageKey the reason's message key
	 */
	public record RowError(int line, String column, String messageKey, Object... arguments) {
	}

	private static final Map<String, String> LABELS = Map.of("code", "代碼", "parentCode", "上級代碼", "kind", "類別",
			"nameZh", "中文名稱", "nameEn", "英文名稱", "activeFrom", "生效日期", "activeTo", "停用日期");

	private final List<RowError> errors;

	ImportRejected(List<RowError> errors) {
		super(errors.size() + " bad rows");
		this.errors = errors.stream().sorted(java.util.Comparator.comparingInt(RowError::line)).toList();
	}

	public List<RowError> errors() {
		return errors;
	}

	static String label(String field) {
		return LABELS.getOrDefault(field, field);
	}

}
