package tw.yankao.shared.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Rules for people's petitions (人民陳情). Internal limits per case type will join this record.
 *
 * @param statutoryMaximumDays calendar days: the longest a petition may take before its answer,
 *        unless extended with written notice to the petitioner
 */
public record PetitionRules(@NotNull @Min(1) @Max(366) Integer statutoryMaximumDays) {
}
