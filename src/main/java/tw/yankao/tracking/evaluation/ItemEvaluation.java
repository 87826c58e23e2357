package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import tw.yankao.tracking.TrackedItemType;

/**
 * One tracked item's year-end evaluation.
 *
 * @param id the evaluation's id
 * @param rocYear the round's ROC year
 * @param itemId the tracked item
 * @param itemNumber the item's number
 * @param title the item's title
 * @param type the item's type, which chose the rubric
 * @param ownerAgencyId the owner agency when the round opened (org module id)
 * @param responsiblePeople the people responsible when the round opened, as written by the agency
 * @param parts the scored parts in rubric order
 * @param score the weighted mean 0–100, null until every reviewer part is entered
 * @param grade the grade's code, null while there is no score
 * @param comment the reviewer's comment, null until entered
 * @param reviewedBy the reviewer, null until reviewed
 * @param reviewedAt when, null until reviewed
 * @param version the optimistic-locking version
 */
public record ItemEvaluation(long id, int rocYear, long itemId, String itemNumber, String title, TrackedItemType type,
		long ownerAgencyId, String responsiblePeople, List<PartScore> parts, BigDecimal score, String grade,
		String comment, String reviewedBy, Instant reviewedAt, int version) {

	public ItemEvaluation {
		parts = List.copyOf(parts);
	}

	public boolean isScored() {
		return score != null;
	}

}
