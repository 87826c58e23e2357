package tw.yankao.petition.knowledge;

import java.time.Instant;

/**
 * One question and its answer.
 *
 * @param agencyId the agency that maintains it (org module's id)
 * @param category a sub-category code of the city profile, or null
 * @param keywords words callers use that the question lacks, separated by spaces or commas
 * @param version bumped by every edit, for optimistic locking
 */
public record KnowledgeEntry(long id, long agencyId, String question, String answer, String category, String keywords,
		Instant updatedAt, String updatedBy, int version) {
}
