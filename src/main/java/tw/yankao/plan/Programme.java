package tw.yankao.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The programme items (重要計畫項目) of one work plan (工作計畫).
 *
 * @param workPlan the work plan's name, null when the table has no such column
 * @param items the items in order
 */
public record Programme(String workPlan, List<Item> items) {

	public Programme {
		items = List.copyOf(items);
	}

	/**
	 * A programme item.
	 *
	 * @param name the item, null when absent
	 * @param content the implementation content (實施內容), null when absent
	 * @param budgetThousand the amount in NT$ thousand, null when the table gives none
	 * @param remarks 備註, null when none
	 */
	public record Item(String name, String content, BigDecimal budgetThousand, String remarks) {

		public Item(String name, String content, BigDecimal budgetThousand) {
			this(name, content, budgetThousand, null);
		}

	}

}
