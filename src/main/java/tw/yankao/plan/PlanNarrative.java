package tw.yankao.plan;

import java.util.List;

/**
 * The prose of an annual plan around its tables: vision (願景), mission (使命) and the titled
 * narrative sections in order (前言, 年度施政目標與重點 …).
 *
 * @param vision the vision, null when not written
 * @param mission the mission, null when not written
 * @param sections the titled sections in order, never null
 */
public record PlanNarrative(String vision, String mission, List<Section> sections) {

	/** A plan with no prose written yet. */
	public static final PlanNarrative NONE = new PlanNarrative(null, null, List.of());

	public PlanNarrative {
		sections = List.copyOf(sections);
	}

	/** A titled section; the text may be empty while it is being written. */
	public record Section(String title, String text) {
	}

}
