package tw.yankao.tracking.documents;

import java.time.LocalDate;

/**
 * One document (公文) as the document system exported it.
 *
 * @param docNumber the document number (文號), unique
 * @param agencyId the handling agency (org module id)
 * @param urgency the urgency class code of the city profile, e.g. {@code URGENT}
 * @param category the category code of the city profile, e.g. {@code GENERAL}
 * @param receivedOn 收文日期
 * @param dueOn 限辦日期, given or computed from the urgency class
 * @param closedOn 辦結日期, null while open
 * @param dueGiven whether the file gave the due date
 */
public record OfficialDocument(String docNumber, long agencyId, String urgency, String category, LocalDate receivedOn,
		LocalDate dueOn, LocalDate closedOn, boolean dueGiven) {
}
