package tw.yankao.plan.formula;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome of evaluating a {@link Formula}: either a value or the problem that prevented it.
 * Evaluation never throws, so a batch of indicators can be computed and the failures listed.
 *
 * @param value the result, in percent (0–100 for a share) when the formula ends with
 *     {@code *100%}, otherwise in the unit of its measures; null exactly when {@code problem} is
 *     not null
 * @param problem why there is no value; null when computed
 * @param detail what the problem is about (the missing measure's name, the parse failure); empty
 *     when computed
 */
public record Evaluation(BigDecimal value, Problem problem, String detail) {

	/** Why a formula produced no value. */
	public enum Problem {
		/** The formula text could not be parsed: its value has to be entered by hand. */
		UNPARSED,
		/** A measure named in the formula has no value. */
		MISSING_MEASURE,
		/** A denominator is zero (e.g. no tender at all this year). */
		DIVISION_BY_ZERO,
		/** A result too large or too small for a decimal: the measure values are implausible. */
		OUT_OF_RANGE
	}

	public Evaluation {
		if ((value == null) == (problem == null)) {
			throw new IllegalArgumentException("exactly one of value and problem must be given");
		}
		detail = Objects.requireNonNullElse(detail, "");
	}

	/** A computed value. */
	public static Evaluation of(BigDecimal value) {
		return new Evaluation(Objects.requireNonNull(value, "value"), null, "");
	}

	/** No value, for {@code problem}; {@code detail} names what is missing or wrong. */
	public static Evaluation failed(Problem problem, String detail) {
		return new Evaluation(null, Objects.requireNonNull(problem, "problem"), detail);
	}

	/** Whether a value was computed. */
	public boolean isComputed() {
		return value != null;
	}

}
