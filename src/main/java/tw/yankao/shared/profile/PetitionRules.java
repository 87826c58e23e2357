package tw.yankao.shared.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Rules for citizen service: people's petitions (人民陳情), 1999 inquiries and dispatch cases (派工).
 *
 * @param statutoryMaximumDays calendar days: the longest a petition may take before its answer,
 *        unless extended with written notice to the petitioner
 * @param caseNumberPrefix the letters that start every case number, e.g. {@code TC} in {@code TC1151124-000123}
 * @param districts the city's districts, as petitioners and addresses name them
 * @param bounds the box a case's location must lie in
 * @param portal the public portal's code lifetimes, rate limits and map
 * @param categories the category tree (main → sub); each sub-category carries its kind and SLA
 * @param routing which agency a new case goes to, by sub-category and district
 * @param extensions how far a case's deadline may be extended (展延)
 * @param reopenWindowDays calendar days after closure in which a dissatisfied petitioner may reopen a case
 * @param duplicates which open cases are suggested as duplicates (重複陳情) of a new one
 * @param retention how long closed cases keep their petitioner's personal data
 */
public record PetitionRules(
		@NotNull @Min(1) @Max(366) Integer statutoryMaximumDays,
		@NotBlank @Pattern(regexp = "[A-Z]{1,4}") String caseNumberPrefix,
		@NotEmpty List<@NotBlank String> districts,
		@NotNull @Valid Bounds bounds,
		@NotEmpty List<@NotNull @Valid MainCategory> categories,
		@NotNull @Valid Routing routing,
		@NotNull @Valid Extensions extensions,
		@NotNull @Min(1) @Max(366) Integer reopenWindowDays,
		@NotNull @Valid Duplicates duplicates,
		@NotNull @Valid Retention retention,
		@NotNull @Valid PortalRules portal) {

	public PetitionRules {
		districts = districts == null ? null : List.copyOf(districts);
		categories = categories == null ? null : List.copyOf(categories);
	}

	/** The sub-category with this code, if the profile has one. */
	public Optional<Category> category(String code) {
		return subCategories().filter(c -> c.code().equals(code)).findFirst();
	}

	/** The code of the agency a new case of this sub-category in this district goes to: the first matching rule, else the default. */
	public String agencyFor(String category, String district) {
		return routing.rules().stream()
			.filter(r -> r.category().equals(category) && (r.districts().isEmpty() || r.districts().contains(district)))
			.map(Route::agency)
			.findFirst()
			.orElse(routing.defaultAgency());
	}

	private Stream<Category> subCategories() {
		return categories.stream().filter(Objects::nonNull).flatMap(m -> m.subCategories().stream()).filter(Objects::nonNull);
	}

	/** Checked by the validator: one code for two categories would make routing and SLA ambiguous. */
	@AssertTrue(message = "category codes (main and sub) must be unique")
	public boolean isCategoryCodesUnique() {
		if (categories == null || categories.stream().anyMatch(m -> m == null || m.subCategories() == null)) {
			return true;
		}
		Set<String> codes = new HashSet<>();
		return categories.stream().allMatch(m -> codes.add(m.code())) && subCategories().allMatch(c -> codes.add(c.code()));
	}

	/** Checked by the validator: a rule for a category or district that does not exist never routes anything. */
	@AssertTrue(message = "routing rules must name sub-categories and districts of this profile")
	public boolean isRoutingKnown() {
		if (routing == null || routing.rules() == null || categories == null || districts == null
				|| categories.stream().anyMatch(m -> m == null || m.subCategories() == null)) {
			return true;
		}
		return routing.rules().stream().filter(Objects::nonNull).allMatch(r -> category(r.category()).isPresent()
				&& (r.districts() == null || districts.containsAll(r.districts())));
	}

	/** Checked by the validator: an internal limit longer than the law's would be unlawful. */
	@AssertTrue(message = "a PETITION category's sla (working days) must not exceed statutoryMaximumDays")
	public boolean isPetitionSlaWithinStatute() {
		if (categories == null || statutoryMaximumDays == null || categories.stream().anyMatch(m -> m == null || m.subCategories() == null)) {
			return true;
		}
		return subCategories().filter(c -> c.kind() == SlaKind.PETITION && c.sla() != null)
			.allMatch(c -> c.sla() <= statutoryMaximumDays);
	}

	/** How a category's SLA is counted. */
	public enum SlaKind {
		/** work orders (派工): SLA in hours, counted around the clock */
		DISPATCH,
		/** petitions (一般陳情): SLA in working days of the government calendar */
		PETITION
	}

	/**
	 * @param code the main category's code, e.g. {@code ROAD}
	 * @param nameZh e.g. {@code 道路}
	 * @param nameEn e.g. {@code Roads}
	 * @param subCategories its sub-categories
	 */
	public record MainCategory(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
			@NotBlank String nameZh,
			@NotBlank String nameEn,
			@NotEmpty List<@NotNull @Valid Category> subCategories) {

		public MainCategory {
			subCategories = subCategories == null ? null : List.copyOf(subCategories);
		}
	}

	/**
	 * @param code the sub-category's code, e.g. {@code STREET_LIGHT}
	 * @param nameZh e.g. {@code 路燈故障}
	 * @param nameEn e.g. {@code Street light out}
	 * @param kind how the SLA counts
	 * @param sla hours for {@code DISPATCH}, working days for {@code PETITION}
	 */
	public record Category(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
			@NotBlank String nameZh,
			@NotBlank String nameEn,
			@NotNull SlaKind kind,
			@NotNull @Min(1) @Max(720) Integer sla) {
	}

	/**
	 * @param defaultAgency the agency code a case goes to when no rule matches, e.g. the RDEC
	 * @param rules tried in order; the first match wins
	 */
	public record Routing(@NotBlank String defaultAgency, @NotNull List<@NotNull @Valid Route> rules) {

		public Routing {
			rules = rules == null ? null : List.copyOf(rules);
		}
	}

	/**
	 * @param category a sub-category's code
	 * @param districts the districts the rule covers; empty for all
	 * @param agency the agency's code, e.g. {@code TCG-CON-LGT}
	 */
	public record Route(@NotBlank String category, @NotNull List<@NotBlank String> districts, @NotBlank String agency) {

		public Route {
			districts = districts == null ? null : List.copyOf(districts);
		}
	}

	/**
	 * @param maxCount how many extensions one case may have
	 * @param maxTotalDays the extensions' days together, counted as the case's SLA counts them:
	 *        working days for petitions, 24-hour days for dispatch cases
	 */
	public record Extensions(@NotNull @Min(0) @Max(10) Integer maxCount, @NotNull @Min(0) @Max(366) Integer maxTotalDays) {
	}

	/** WGS84 degrees; a case's point must lie inside (edges included). */
	public record Bounds(
			@NotNull @DecimalMin("-90") @DecimalMax("90") Double south,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double west,
			@NotNull @DecimalMin("-90") @DecimalMax("90") Double north,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double east) {

		public boolean contains(double latitude, double longitude) {
			return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
		}

		@AssertTrue(message = "south must be below north and west left of east")
		public boolean isOrdered() {
			return south == null || north == null || west == null || east == null || (south < north && west < east);
		}
	}

	/**
	 * Which open cases the 1999 agent is shown as possible duplicates of a new one: same
	 * sub-category, near, recent, and saying much the same.
	 *
	 * @param distanceMeters metres between the two cases' points
	 * @param days calendar days back from now that the other case was received
	 * @param minTextOverlapPercent percent 0–100 of character bigrams the two descriptions share (Dice coefficient)
	 */
	public record Duplicates(
			@NotNull @Min(1) @Max(50_000) Integer distanceMeters,
			@NotNull @Min(1) @Max(366) Integer days,
			@NotNull @Min(0) @Max(100) Integer minTextOverlapPercent) {
	}

	/**
	 * @param anonymiseAfterYears whole years after closure after which a case's personal data is removed
	 */
	public record Retention(@NotNull @Min(1) @Max(100) Integer anonymiseAfterYears) {
	}

}
