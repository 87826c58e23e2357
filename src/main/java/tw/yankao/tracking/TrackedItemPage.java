package tw.yankao.tracking;

import java.util.List;

/**
 * One page of the item list.
 *
 * @param items the page's items, newest first
 * @param page the page number, from 1
 * @param size the most items a page holds
 * @param total how many items match the filter in all
 */
public record TrackedItemPage(List<TrackedItemSummary> items, int page, int size, long total) {

	/** How many pages the matching items fill, at least 1. */
	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	/** The 1-based position of the page's first item, 0 when the page is empty. */
	public long first() {
		return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
	}

	/** The 1-based position of the page's last item, 0 when the page is empty. */
	public long last() {
		return items.isEmpty() ? 0 : first() + items.size() - 1;
	}

}
