package tw.yankao.plan.importing;

/**
 * A file that cannot be imported as a plan at all: empty, binary, damaged, too large, or without
 * any goal, objective or programme. The message (English, for the command line) is meant for the
 * person who gave the file; pages show the {@link #reason()} in the reader's language.
 */
public class PlanImportException extends RuntimeException {

	/** Why a file was refused; pages show the message {@code plan-import.error.<reason>}. */
	public enum Reason {
		EMPTY, TOO_LARGE, BINARY, PDF, OLD_OFFICE, DAMAGED_ARCHIVE, OTHER_ARCHIVE, DAMAGED_DOCUMENT, NO_TEXT,
		NOT_TEXT, NOT_A_PLAN
	}

	private final Reason reason;

	public PlanImportException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
