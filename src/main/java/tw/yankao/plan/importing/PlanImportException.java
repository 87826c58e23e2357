package tw.yankao.plan.importing;

/**
 * A text that cannot be imported as a plan at all: empty, binary, too large, or without any
 * goal, objective or programme. The message is meant for the person who gave the file.
 */
public class PlanImportException extends RuntimeException {

	public PlanImportException(String message) {
		super(message);
	}

}
