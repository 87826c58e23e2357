package tw.yankao.plan.formula;

/**
 * Which direction of an indicator's actual value is good. The target's own bound says it when
 * written ({@code ≤120}); otherwise the plan's wording does (流廢標下降率 with target
 * {@code 11.5%} is lower-is-better though written as a plain number), so callers may override.
 */
public enum Polarity {

	/** More is better: achievement is actual ÷ target. */
	HIGHER_IS_BETTER,

	/** Less is better (defects, no-bid rate): at or under the target is full achievement. */
	LOWER_IS_BETTER;

	/** The polarity a target's bound implies: {@code AT_MOST} is lower-is-better, the rest higher. */
	public static Polarity of(Target target) {
		return target != null && target.bound() == Target.Bound.AT_MOST ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
	}

}
