package tw.yankao.plan.achievement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import tw.yankao.shared.web.InvalidInput;

/**
 * Which evidence files are accepted: PDF, ODT, ODS, DOCX, XLSX, PNG and JPEG up to 10 MB each.
 * The name's extension must match the file's first bytes, so that a renamed executable or a
 * mislabelled file is refused rather than served back to other users as a document.
 */
final class EvidenceRules {

	static final int MAX_BYTES = 10 * 1024 * 1024;

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

	private EvidenceRules() {
	}

	/**
	 * The media type of an acceptable file.
	 *
	 * @throws InvalidInput naming the field {@code evidence} when the file is empty, too large, of
	 *     a type not accepted, or not what its name says
	 */
	static String contentType(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInput("evidence", "achievement.evidence.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInput("evidence", "achievement.evidence.too-large", fileName, MAX_BYTES / (1024 * 1024));
		}
		String name = fileName == null ? "" : fileName;
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		Kind kind = KINDS.get(extension);
		if (kind == null) {
			throw new InvalidInput("evidence", "achievement.evidence.type", name);
		}
		if (content.length < kind.magic().length
				|| !Arrays.equals(content, 0, kind.magic().length, kind.magic(), 0, kind.magic().length)) {
			throw new InvalidInput("evidence", "achievement.evidence.mismatch", name);
		}
		return kind.contentType();
	}

}
