package tw.yankao.petition;

/**
 * A step was taken against a version of the case that is no longer current: someone else acted
 * in between. Nothing was changed; answered with 409 Conflict.
 */
public class StaleCase extends RuntimeException {

	public StaleCase(CaseNumber number, int expected) {
		super("case " + number + " is no longer at version " + expected + ": someone else changed it; reload");
	}

}
