package tw.yankao.tracking;

/**
 * Someone changed the record since it was read: the change is refused (HTTP 409) and the user
 * reloads the item to see what changed.
 */
public class TrackingConflict extends RuntimeException {

	private final long itemId;

	public TrackingConflict(long itemId) {
		super("tracked item " + itemId + " was changed by someone else; reload it");
		this.itemId = itemId;
	}

	public long itemId() {
		return itemId;
	}

}
