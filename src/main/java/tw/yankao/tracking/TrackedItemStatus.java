package tw.yankao.tracking;

/** Where a tracked item stands: tracked (列管中), completed, released from tracking (解除列管) or suspended. */
public enum TrackedItemStatus {
	TRACKED, COMPLETED, RELEASED, SUSPENDED
}
