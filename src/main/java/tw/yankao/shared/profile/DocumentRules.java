package tw.yankao.shared.profile;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

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
 * Rules for official documents (公文, 文書處理手冊). Time limits are in working days: the
 * handbook does not count holidays.
 *
 * @param urgencyClasses the urgency classes (速別), most urgent first; codes unique
 * @param projectControlThresholdDays working days: a document needing this long or longer may
 *        become project-controlled (專案管制)
 * @param categories the document categories (類別) the monthly timeliness ranking counts, in the
 *        order the ranking shows them; codes unique
 * @param overdueReportLinePercent percent: agencies whose overdue ratio in a month is above it
 *        report their fixes (Taichung: 3)
 */
public record DocumentRules(
		@NotEmpty List<@NotNull @Valid UrgencyClass> urgencyClasses,
		@NotNull @Min(1) @Max(366) Integer projectControlThresholdDays,
		@NotEmpty List<@NotNull @Valid Category> categories,
		@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal overdueReportLinePercent) {

	public DocumentRules {
		urgencyClasses = urgencyClasses == null ? null : List.copyOf(urgencyClasses);
		categories = categories == null ? null : List.copyOf(categories);
	}

	/** Checked by the validator: two categories with one code would count documents twice. */
	@AssertTrue(message = "category codes must be unique")
	public boolean isCategoryCodesUnique() {
		if (categories == null) {
			return true;
		}
		HashSet<String> codes = new HashSet<>();
		return categories.stream().allMatch(c -> c == null || codes.add(c.code()));
	}

	/**
	 * @param code the category's identifier, e.g. {@code GENERAL}
	 * @param nameZh the name the document system exports, e.g. {@code 一般公文}
	 * @param nameEn the English name, e.g. {@code General}
	 */
	public record Category(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
			@NotBlank String nameZh,
			@NotBlank String nameEn) {
	}

	/** Checked by the validator: two classes with one code would make due dates ambiguous. */
	@AssertTrue(message = "urgency class codes must be unique")
	public boolean isUrgencyClassCodesUnique() {
		if (urgencyClasses == null) {
			return true;
		}
		HashSet<String> codes = new HashSet<>();
		return urgencyClasses.stream().allMatch(c -> c == null || codes.add(c.code()));
	}

	/**
	 * @param code the class's identifier, e.g. {@code MOST_URGENT}
	 * @param nameZh the name printed on documents, e.g. {@code 最速件}
	 * @param workingDays working days allowed to handle a document of this class
	 */
	public record UrgencyClass(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
			@NotBlank String nameZh,
			@NotNull @Min(1) @Max(366) Integer workingDays) {
	}

}
