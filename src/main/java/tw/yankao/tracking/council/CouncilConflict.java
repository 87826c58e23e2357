package tw.yankao.tracking.council;

/** Someone changed the reply since it was read: the change is refused (HTTP 409) and the user reloads. */
public class CouncilConflict extends RuntimeException {

	private final long itemId;

	public CouncilConflict(long itemId) {
		super("the reply to council item " + itemId + " was changed by someone else; reload it");
		this.itemId = itemId;
	}

	public long itemId() {
		return itemId;
	}

}
