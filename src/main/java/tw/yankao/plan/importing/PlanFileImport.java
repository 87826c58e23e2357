package tw.yankao.plan.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import tw.yankao.shared.csv.CsvFile;

/**
 * Imports a plan from a file in any of the formats plans come in: DOCX, ODT or text (UTF-8, or
 * Big5 from older Windows desktops), told by {@link PlanFormat#of content}. Documents are turned
 * into lines by the contract in {@code package-info.java} and read by {@link PlanTextImport}, so
 * that every format gets the same recognition and the same report. Stateless and thread-safe.
 */
public final class PlanFileImport {

	/** The default limit: plans are tens of kilobytes, a DOCX with a few pictures a few megabytes. */
	public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

	private final long maxBytes;
	private final PlanTextImport textImport = new PlanTextImport();

	public PlanFileImport() {
		this(DEFAULT_MAX_BYTES);
	}

	/** @param maxBytes the largest file accepted */
	public PlanFileImport(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** The limit as people read it: {@code 10 MB}. */
	public String maxSize() {
		return megabytes(maxBytes);
	}

	/**
	 * Reads a file's bytes.
	 * @throws PlanImportException when the file is empty, too large, binary, damaged, or holds no
	 *     objective, goal or programme; the message says which
	 */
	public ImportReport read(byte[] bytes) {
		if (bytes.length > maxBytes) {
			throw new PlanImportException(PlanImportException.Reason.TOO_LARGE, "the file has " + bytes.length + " bytes, more than the "
					+ megabytes(maxBytes) + " a plan file may have");
		}
		if (bytes.length == 0) {
			throw new PlanImportException(PlanImportException.Reason.EMPTY, "the file is empty");
		}
		PlanFormat format = PlanFormat.of(bytes);
		String text = text(format, bytes);
		if (format != PlanFormat.TEXT && text.isBlank()) {
			throw new PlanImportException(PlanImportException.Reason.NO_TEXT, "the document (" + format + ") holds no text");
		}
		ImportedPlan plan = textImport.read(text);
		return new ImportReport(format, plan, ImportWarnings.of(text, plan));
	}

	/** The lines a file is read as: a document's by the contract, a text's as they are. */
	static String text(PlanFormat format, byte[] bytes) {
		return switch (format) {
			case DOCX -> DocxLines.read(bytes).text();
			case ODT -> OdtLines.read(bytes).text();
			case TEXT -> decode(bytes);
		};
	}

	static String megabytes(long bytes) {
		return bytes % (1024 * 1024) == 0 ? bytes / 1024 / 1024 + " MB" : bytes / 1024 + " KB";
	}

	private static String decode(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				throw new PlanImportException(PlanImportException.Reason.BINARY, "the file is binary (it contains NUL bytes), not a DOCX, ODT or plan text");
			}
		}
		Charset charset = CsvFile.detect(bytes);
		String text = new String(bytes, charset);
		// CsvFile falls back to Big5 for anything that is not UTF-8; Big5 that does not decode is neither
		if (charset != StandardCharsets.UTF_8 && text.indexOf('\uFFFD') >= 0) {
			throw new PlanImportException(PlanImportException.Reason.NOT_TEXT, "the file is neither UTF-8 nor Big5 text (save it as UTF-8 and try again)");
		}
		return text;
	}

}
