package tw.yankao.petition.attachments;

/**
 * A stored photo without its bytes.
 *
 * @param id its id
 * @param caseId the case it belongs to
 * @param fileName the name as uploaded
 * @param contentType {@code image/jpeg} or {@code image/png}
 */
public record Attachment(long id, long caseId, String fileName, String contentType) {
}
