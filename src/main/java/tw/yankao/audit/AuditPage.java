package tw.yankao.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param entries at most {@code size} entries, newest (highest id) first; never null
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param hasNext whether a further (older) page has entries; the total is not counted, because
 *        counting a large audit table on every page is slow
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, boolean hasNext) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

}
