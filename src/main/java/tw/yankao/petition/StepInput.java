package tw.yankao.petition;

/**
 * What a workflow step is given. Each step reads only its own fields; see {@link Step}.
 *
 * @param version the case's version the actor saw (optimistic locking)
 * @param reason why: required for return, transfer, extension, pause, closing without handling and reopening
 * @param agency the target agency's code, for assign and transfer
 * @param days extension days asked for
 * @param reply the answer to the petitioner, for drafting a reply
 * @param into the number of the case a duplicate joins, for merge
 */
public record StepInput(int version, String reason, String agency, Integer days, String reply, String into) {

	public static StepInput at(int version) {
		return new StepInput(version, null, null, null, null, null);
	}

	public StepInput because(String why) {
		return new StepInput(version, why, agency, days, reply, into);
	}

	public StepInput toAgency(String code) {
		return new StepInput(version, reason, code, days, reply, into);
	}

	public StepInput forDays(int n) {
		return new StepInput(version, reason, agency, n, reply, into);
	}

	public StepInput replying(String text) {
		return new StepInput(version, reason, agency, days, text, into);
	}

	public StepInput mergingInto(String number) {
		return new StepInput(version, reason, agency, days, reply, number);
	}
}
