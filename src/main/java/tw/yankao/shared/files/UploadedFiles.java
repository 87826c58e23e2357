package tw.yankao.shared.files;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Which uploaded documents and photos are accepted: PDF, ODT, ODS, DOCX, XLSX, PNG and JPEG up to
 * 10 MB each. The name's extension must match the file's first bytes, so that a renamed executable
 * or a mislabelled file is refused rather than served back to other users as a document. Callers
 * turn a {@link Rejected} into an error of their own field and wording.
 */
public final class UploadedFiles {

	/** The largest file accepted, in bytes. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** Why a file is refused. */
	public enum Problem {
		EMPTY, TOO_LARGE, TYPE, MISMATCH
	}

	/** A refused file, with the problem and the name as given (never null). */
	public static final class Rejected extends RuntimeException {

		private final Problem problem;
		private final String fileName;

		Rejected(Problem problem, String fileName) {
			super(problem + ": " + fileName);
			this.problem = problem;
			this.fileName = fileName;
		}

		public Problem problem() {
			return problem;
		}

		public String fileName() {
			return fileName;
		}

	}

	private record Kind(String contentType, byte[] magic) {
	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final Map<String, Kind> KINDS = Map.of(
			"pdf", new Kind("application/pdf", new byte[] { '%', 'P', 'D', 'F' }),
			"odt", new Kind("application/vnd.oasis.opendocument.text", ZIP),
			"ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", ZIP),
			"docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
			"xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
			"png", new Kind("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }),
			"jpg", new Kind("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
			"jpeg", new Kind("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }));

	private UploadedFiles() {
	}

	/**
	 * The media type of an acceptable file.
	 *
	 * @throws Rejected when the file is empty, too large, of a kind not accepted, or not what its name says
	 */
	public static String contentType(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName;
		if (content == null || content.length == 0) {
			throw new Rejected(Problem.EMPTY, name);
		}
		if (content.length > MAX_BYTES) {
			throw new Rejected(Problem.TOO_LARGE, name);
		}
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		Kind kind = KINDS.get(extension);
		if (kind == null) {
			throw new Rejected(Problem.TYPE, name);
		}
		if (content.length < kind.magic().length
				|| !Arrays.equals(content, 0, kind.magic().length, kind.magic(), 0, kind.magic().length)) {
			throw new Rejected(Problem.MISMATCH, name);
		}
		return kind.contentType();
	}

}
