package tw.yankao.petition.calls;

import java.util.List;

/** A call record file with bad rows; nothing of it was imported. Lists every bad row. */
public class CallImportRejected extends RuntimeException {

	/**
	 * @param line the file's line (1 = header), 0 for the whole file
	 * @param column the column's Chinese header, e.g. {@code 開始時間}; empty for the whole file
	 * @param messageKey the reason's message key
	 * @param arguments the reason's arguments, e.g. the bad value
	 */
	public record RowError(int line, String column, String messageKey, Object... arguments) {
	}

	private final List<RowError> errors;

	public CallImportRejected(List<RowError> errors) {
		super(errors.size() + " bad rows, first: " + errors.get(0).line() + " " + errors.get(0).column() + " "
				+ errors.get(0).messageKey());
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return errors;
	}

}
