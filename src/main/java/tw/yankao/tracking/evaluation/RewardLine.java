package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;
import java.util.List;

import tw.yankao.shared.profile.EvaluationRules.Action;

/**
 * One line of the rewards-and-penalties list (獎懲建議名冊): an item whose grade brings rewards or
 * penalties to its people responsible.
 *
 * @param ownerAgencyId the owner agency (org module id)
 * @param responsiblePeople the people responsible, as written by the agency
 * @param itemNumber the item's number
 * @param title the item's title
 * @param score 0–100
 * @param grade the grade's code
 * @param actions the rewards or penalties, never empty
 */
public record RewardLine(long ownerAgencyId, String responsiblePeople, String itemNumber, String title,
		BigDecimal score, String grade, List<Action> actions) {
}
