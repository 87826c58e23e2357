package tw.yankao.petition.knowledge;

/** Someone else changed or deleted the entry since it was read: nothing was changed. */
public class StaleEntry extends RuntimeException {

	public StaleEntry(long id, int version) {
		super("knowledge entry " + id + " is no longer at version " + version);
	}

}
