package tw.yankao.tracking.evaluation;

/**
 * Someone changed the evaluation or the round since it was read: the change is refused (HTTP 409)
 * and the reviewer reloads it to see what changed.
 */
public class EvaluationConflict extends RuntimeException {

	private final int rocYear;

	public EvaluationConflict(int rocYear, String what) {
		super(what + " of round " + rocYear + " was changed by someone else; reload it");
		this.rocYear = rocYear;
	}

	public int rocYear() {
		return rocYear;
	}

}
