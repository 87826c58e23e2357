package tw.yankao.shared.calendar;

import java.util.List;

/**
 * A calendar file was rejected; nothing was changed.
 */
public class CalendarFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<CalendarFileError> errors;

	private final boolean truncated;

	/**
	 * @param errors the problems, in file order, at least one
	 * @param truncated whether more problems were found than are listed
	 */
	public CalendarFileException(List<CalendarFileError> errors, boolean truncated) {
		super(summary(errors, truncated));
		this.errors = List.copyOf(errors);
		this.truncated = truncated;
	}

	/** The problems in file order; at most 50. */
	public List<CalendarFileError> errors() {
		return errors;
	}

	/** Whether the file had more problems than {@link #errors()} lists. */
	public boolean truncated() {
		return truncated;
	}

	private static String summary(List<CalendarFileError> errors, boolean truncated) {
		String count = errors.size() + (truncated ? "+" : "");
		return "行事曆檔案有 " + count + " 項錯誤，未做任何變更 (calendar file has " + count
				+ " error(s), nothing changed); " + errors.get(0).message();
	}

}
