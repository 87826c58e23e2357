package tw.yankao.shared;

/**
 * Published, inside the changing transaction, for every change to business data. The audit
 * module records it synchronously, so the audit entry commits or rolls back with the change.
 *
 * @param entity the kind of record, e.g. {@code "agency"}
 * @param entityId the record's id as text
 * @param action {@code CREATE}, {@code UPDATE}, {@code DELETE} or a domain verb such as {@code IMPORT}
 * @param before the record before the change (a record or map serialisable to JSON), null on create
 * @param after the record after the change, null on delete
 */
public record DataChanged(String entity, String entityId, String action, Object before, Object after) {

	public static DataChanged created(String entity, Object id, Object after) {
		return new DataChanged(entity, String.valueOf(id), "CREATE", null, after);
	}

	public static DataChanged updated(String entity, Object id, Object before, Object after) {
		return new DataChanged(entity, String.valueOf(id), "UPDATE", before, after);
	}

	public static DataChanged deleted(String entity, Object id, Object before) {
		return new DataChanged(entity, String.valueOf(id), "DELETE", before, null);
	}

}
