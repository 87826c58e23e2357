package tw.yankao.plan.achievement;

import tw.yankao.shared.files.UploadedFiles;
import tw.yankao.shared.web.InvalidInput;

/**
 * Which evidence files are accepted: those {@link UploadedFiles} accepts (PDF, ODT, ODS, DOCX, XLSX,
 * PNG and JPEG up to 10 MB each, the name's extension matching the first bytes), refused as errors
 * of the field {@code evidence}.
 */
final class EvidenceRules {

	static final int MAX_BYTES = UploadedFiles.MAX_BYTES;

	private EvidenceRules() {
	}

	/**
	 * The media type of an acceptable file.
	 *
	 * @throws InvalidInput naming the field {@code evidence} when the file is empty, too large, of
	 *     a type not accepted, or not what its name says
	 */
	static String contentType(String fileName, byte[] content) {
		try {
			return UploadedFiles.contentType(fileName, content);
		}
		catch (UploadedFiles.Rejected rejected) {
			throw switch (rejected.problem()) {
				case EMPTY -> new InvalidInput("evidence", "achievement.evidence.empty");
				case TOO_LARGE -> new InvalidInput("evidence", "achievement.evidence.too-large", rejected.fileName(),
						MAX_BYTES / (1024 * 1024));
				case TYPE -> new InvalidInput("evidence", "achievement.evidence.type", rejected.fileName());
				case MISMATCH -> new InvalidInput("evidence", "achievement.evidence.mismatch", rejected.fileName());
			};
		}
	}

}
