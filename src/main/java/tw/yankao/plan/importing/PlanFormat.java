package tw.yankao.plan.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kind of file a plan came in, told by its content, never by its name: people rename files,
 * and mail systems and browsers change their extensions.
 */
public enum PlanFormat {

	/** Word 2007 and later: a ZIP archive with {@code word/document.xml}. */
	DOCX,
	/** OpenDocument text: a ZIP archive whose {@code mimetype} entry says so. */
	ODT,
	/** Plain text, UTF-8 or Big5. */
	TEXT;

	private static final String ODT_MIME_TYPE = "application/vnd.oasis.opendocument.text";

	/**
	 * @throws PlanImportException for a damaged ZIP archive, a ZIP archive that is neither DOCX nor
	 *     ODT, and the binary formats people mistake for documents (PDF, old Word, images)
	 */
	public static PlanFormat of(byte[] bytes) {
		if (startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "PK\u0005\u0006")) {
			return archive(bytes);
		}
		if (startsWith(bytes, "%PDF")) {
			throw new PlanImportException(PlanImportException.Reason.PDF, "the file is a PDF; save the plan as DOCX, ODT or text and import that");
		}
		if (startsWith(bytes, "\u00d0\u00cf\u0011\u00e0")) {
			throw new PlanImportException(PlanImportException.Reason.OLD_OFFICE,
					"the file is an old Word (.doc) or Office 97 file; save it as DOCX or ODT and import that");
		}
		return TEXT;
	}

	private static PlanFormat archive(byte[] bytes) {
		boolean word = false;
		String mimeType = null;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries++;
				if ("word/document.xml".equals(entry.getName())) {
					word = true;
				}
				else if ("mimetype".equals(entry.getName())) {
					mimeType = new String(zip.readNBytes(ODT_MIME_TYPE.length() + 40), StandardCharsets.US_ASCII).strip();
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new PlanImportException(PlanImportException.Reason.DAMAGED_ARCHIVE, "the file is a damaged ZIP archive (" + ex.getMessage()
					+ "); if it is a DOCX or ODT, open and save it again");
		}
		if (entries == 0) {
			throw new PlanImportException(PlanImportException.Reason.DAMAGED_ARCHIVE, "the file is a damaged ZIP archive (no entry can be read); "
					+ "if it is a DOCX or ODT, open and save it again");
		}
		if (word) {
			return DOCX;
		}
		if (ODT_MIME_TYPE.equals(mimeType)) {
			return ODT;
		}
		throw new PlanImportException(PlanImportException.Reason.OTHER_ARCHIVE, "the file is a ZIP archive but not a Word (DOCX) or OpenDocument text (ODT)"
				+ (mimeType == null ? "" : ": its type is " + mimeType));
	}

	private static boolean startsWith(byte[] bytes, String magic) {
		if (bytes.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if ((bytes[i] & 0xff) != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
