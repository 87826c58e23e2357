package tw.yankao.tracking;

import java.time.Instant;

/**
 * A photo or file attached to a monthly progress report; its bytes are read only for a download.
 *
 * @param id the id
 * @param reportId the progress report
 * @param fileName the name as uploaded
 * @param contentType the media type, judged by the first bytes
 * @param sizeBytes the size in bytes, at most 10 MB
 * @param uploadedAt when it was uploaded
 */
public record ReportFile(long id, long reportId, String fileName, String contentType, int sizeBytes, Instant uploadedAt) {

	/** Whether the file is a photo, shown as one. */
	public boolean isImage() {
		return contentType.startsWith("image/");
	}

}
