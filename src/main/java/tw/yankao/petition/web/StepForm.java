package tw.yankao.petition.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tw.yankao.petition.Step;
import tw.yankao.petition.StepInput;

/** A workflow step posted from the case page (or as JSON); each step reads the fields {@link #FIELDS} lists. */
record StepForm(Integer version, String reason, String agency, Integer days, String reply, String into) {

	/** The inputs each step's form shows. */
	static final Map<Step, List<String>> FIELDS = fields();

	StepInput toInput() {
		return new StepInput(version == null ? -1 : version, reason, agency, days, reply, into);
	}

	private static Map<Step, List<String>> fields() {
		Map<Step, List<String>> fields = new EnumMap<>(Step.class);
		for (Step step : Step.values()) {
			fields.put(step, switch (step) {
				case ASSIGN -> List.of("agency");
				case TRANSFER -> List.of("agency", "reason");
				case RETURN, PAUSE, CLOSE_UNHANDLED, REOPEN -> List.of("reason");
				case REQUEST_EXTENSION -> List.of("days", "reason");
				case DRAFT_REPLY -> List.of("reply");
				case MERGE -> List.of("into");
				default -> List.of();
			});
		}
		return Map.copyOf(fields);
	}
}
