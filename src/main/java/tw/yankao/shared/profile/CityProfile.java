package tw.yankao.shared.profile;

import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One city's rules, read from {@code profiles/<city>.yml} (or the file named by
 * {@code yankao.profile-file}) and validated at start-up; immutable. Every component is
 * non-null once loaded: a missing key fails start-up.
 * <p>
 * Units throughout the profile: amounts in NT$ (yuan, not thousands), percentages and
 * percentage points from 0 to 100, days as each key states (working or calendar days).
 * A new section is a new record type plus one component here and one key in every city's file.
 *
 * @param code the city's code, lower case, e.g. {@code taichung}; also the file's name
 * @param names the city's names
 * @param timeZone the time zone that dates and deadlines are reckoned in, e.g. {@code Asia/Taipei}
 * @param tracking tracked items and tenders (列管)
 * @param documents official documents (公文)
 * @param petitions people's petitions (人民陳情)
 * @param callCentre the 1999 call centre
 * @param plans annual plans and their indicators
 * @param petitionUrgency urgent cases, escalation of near and missed deadlines
 */
public record CityProfile(
		@NotBlank @Pattern(regexp = CityProfile.CODE_PATTERN) String code,
		@NotNull @Valid Names names,
		@NotNull ZoneId timeZone,
		@NotNull @Valid TrackingRules tracking,
		@NotNull @Valid DocumentRules documents,
		@NotNull @Valid PetitionRules petitions,
		@NotNull @Valid CallCentreRules callCentre,
		@NotNull @Valid PlanRules plans,
		@NotNull @Valid UrgencyRules petitionUrgency) {

	/** What a city code looks like; it becomes part of a classpath location, so nothing else is allowed. */
	public static final String CODE_PATTERN = "[a-z][a-z0-9-]{1,31}";

	/**
	 * @param zh the Chinese name, e.g. {@code 臺中市}
	 * @param en the English name, e.g. {@code Taichung City}
	 */
	/** Checked by the validator: an urgent category that does not exist would silently never alert. */
	@jakarta.validation.constraints.AssertTrue(message = "petitionUrgency.urgentCategories must be sub-categories of petitions")
	public boolean isUrgentCategoriesKnown() {
		if (petitions == null || petitionUrgency == null || petitionUrgency.urgentCategories() == null
				|| petitions.categories() == null || petitions.categories().stream().anyMatch(m -> m == null || m.subCategories() == null)) {
			return true;
		}
		return petitionUrgency.urgentCategories().stream().allMatch(c -> c != null && petitions.category(c).isPresent());
	}

	public record Names(@NotBlank String zh, @NotBlank String en) {
	}

}
