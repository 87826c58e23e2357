package tw.yankao.plan;

/**
 * Thrown when a change was made against a version of a plan that is no longer the current one:
 * someone else saved in between. Nothing was changed; the caller reloads and tries again.
 */
public class StaleVersion extends RuntimeException {

	private final int expected;
	private final int current;

	public StaleVersion(String what, int expected, int current) {
		super(what + " is at version " + current + ", not " + expected + ": someone else changed it; reload");
		this.expected = expected;
		this.current = current;
	}

	/** The version the change was made against. */
	public int expected() {
		return expected;
	}

	/** The version now stored. */
	public int current() {
		return current;
	}

}
