package tw.yankao.plan.importing;

import java.util.List;

/**
 * What an import of one file gives: the plan recognised and what a person should check before
 * saving it.
 *
 * @param format the format the file was read as
 * @param plan the plan recognised, with the blocks not recognised
 * @param warnings weights that are not numbers and targets the formula engine cannot read, in
 *     the order of the text
 */
public record ImportReport(PlanFormat format, ImportedPlan plan, List<ImportWarning> warnings) {

	public ImportReport {
		warnings = List.copyOf(warnings);
	}

}
