package tw.yankao.plan.achievement;

/**
 * What a person enters for an indicator and period, as typed: numbers stay text until
 * {@link ActualValue} reads them, so that a wrong one is reported against its field.
 *
 * @param period the period code ({@code 107}, {@code 107-H1}, {@code 107-Q3})
 * @param actual the actual value; may be empty when numerator and denominator are given
 * @param numerator the formula's numerator, empty when not used
 * @param denominator the formula's denominator, empty when not used
 * @param analysis the analysis text, may be empty
 * @param version the version of the report being changed, null when creating one
 */
public record AchievementEntry(String period, String actual, String numerator, String denominator, String analysis,
		Integer version) {
}
