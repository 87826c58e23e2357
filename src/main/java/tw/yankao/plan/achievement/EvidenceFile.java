package tw.yankao.plan.achievement;

import java.time.Instant;

/**
 * A file that backs an achievement report (佐證資料), without its bytes.
 *
 * @param id the file's id
 * @param reportId the report it belongs to
 * @param fileName the name it was uploaded with
 * @param contentType the media type, decided by {@link EvidenceRules} from the file's type
 * @param sizeBytes its size in bytes
 * @param uploadedAt when it was uploaded
 */
public record EvidenceFile(long id, long reportId, String fileName, String contentType, int sizeBytes,
		Instant uploadedAt) {
}
