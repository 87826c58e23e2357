package tw.yankao.plan.importing;

/**
 * Imports an annual plan from its plain-text form (a document exported to text: headings
 * 壹/一/(一)/第一部分, tab-separated tables, page breaks, stray HTML) into an
 * {@link ImportedPlan}. Reading is linear in the text's length; what it does not recognise is
 * returned in {@link ImportedPlan#unrecognised()} with its line numbers, never dropped.
 * Stateless and thread-safe.
 */
public final class PlanTextImport {

	/** The largest file {@link #read(byte[])} accepts. */
	public static final int MAX_BYTES = (int) PlanFileImport.DEFAULT_MAX_BYTES;

	/**
	 * Reads a file's bytes: plan text (UTF-8 or Big5), DOCX or ODT, see {@link PlanFileImport}.
	 * @throws PlanImportException when the bytes are empty, too many, binary or damaged, or the
	 *     text holds no objective, goal or programme
	 */
	public ImportedPlan read(byte[] bytes) {
		return new PlanFileImport(MAX_BYTES).read(bytes).plan();
	}

	/**
	 * Reads a plan text.
	 * @throws PlanImportException when the text is empty or holds no objective, goal or programme
	 */
	public ImportedPlan read(String text) {
		if (text.isBlank()) {
			throw new PlanImportException(PlanImportException.Reason.EMPTY, "the file is empty");
		}
		ImportedPlan plan = new PlanReader(text.startsWith("\uFEFF") ? text.substring(1) : text).read();
		if (plan.objectives().isEmpty() && plan.goals().isEmpty() && plan.programmes().isEmpty()) {
			throw new PlanImportException(PlanImportException.Reason.NOT_A_PLAN,
					"the text does not look like a plan: no policy objectives, strategic goals or programmes were found");
		}
		return plan;
	}

}
