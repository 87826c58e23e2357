package tw.yankao.plan.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Imports an annual plan from its plain-text form (a document exported to text: headings
 * 壹/一/(一)/第一部分, tab-separated tables, page breaks, stray HTML) into an
 * {@link ImportedPlan}. Reading is linear in the text's length; what it does not recognise is
 * returned in {@link ImportedPlan#unrecognised()} with its line numbers, never dropped.
 * Stateless and thread-safe.
 */
public final class PlanTextImport {

	/** The largest file accepted: plans are tens of kilobytes, 5 MB is surely not a plan. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/**
	 * Reads a file's bytes as UTF-8 plan text.
	 * @throws PlanImportException when the bytes are empty, too many, binary or not UTF-8, or
	 *     the text holds no objective, goal or programme
	 */
	public ImportedPlan read(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw new PlanImportException("the file has " + bytes.length + " bytes, more than the "
					+ MAX_BYTES / 1024 / 1024 + " MB a plan text may have");
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new PlanImportException("the file is binary (it contains NUL bytes), not a plan text");
			}
		}
		return read(decode(bytes));
	}

	/**
	 * Reads a plan text.
	 * @throws PlanImportException when the text is empty or holds no objective, goal or programme
	 */
	public ImportedPlan read(String text) {
		if (text.isBlank()) {
			throw new PlanImportException("the file is empty");
		}
		ImportedPlan plan = new PlanReader(text.startsWith("\uFEFF") ? text.substring(1) : text).read();
		if (plan.objectives().isEmpty() && plan.goals().isEmpty() && plan.programmes().isEmpty()) {
			throw new PlanImportException(
					"the text does not look like a plan: no policy objectives, strategic goals or programmes were found");
		}
		return plan;
	}

	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new PlanImportException("the file is not UTF-8 text (save it as UTF-8 and try again)");
		}
	}

}
