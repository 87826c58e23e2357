package tw.yankao.shared.profile;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Urgent cases and escalation (petition module): which sub-categories are announced at once to the
 * group channels and the owner agency's heads (002: urgent cases notified instantly to a group
 * channel), and when an open case's deadline counts as near.
 *
 * @param urgentCategories sub-category codes of {@code petitions.categories}
 * @param dispatchNearHours hours before a dispatch case's deadline from which it is escalated as near
 * @param petitionNearWorkingDays working days before a petition's deadline from which it is escalated as near
 */
public record UrgencyRules(
		@NotNull List<@NotBlank String> urgentCategories,
		@NotNull @Min(1) @Max(168) Integer dispatchNearHours,
		@NotNull @Min(0) @Max(30) Integer petitionNearWorkingDays) {

	public UrgencyRules {
		urgentCategories = urgentCategories == null ? null : List.copyOf(urgentCategories);
	}

	public boolean isUrgent(String category) {
		return urgentCategories.contains(category);
	}

}
