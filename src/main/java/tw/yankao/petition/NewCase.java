package tw.yankao.petition;

/**
 * A case as received, before it has a number.
 *
 * @param idempotencyKey supplied by the client: a second intake with the same key returns the first case; may be null
 * @param channel how it arrived
 * @param category a sub-category code of the city profile
 * @param inquiry whether the agent answered it on the spot (市政諮詢), which records it closed
 * @param description at most {@value CaseRules#MAX_DESCRIPTION} characters
 * @param location where
 * @param petitioner who, or null for an anonymous case
 * @param replyChannel how to answer; {@code NONE} when anonymous
 * @param language the petitioner's language, BCP 47
 */
public record NewCase(String idempotencyKey, Channel channel, String category, boolean inquiry, String description,
		Location location, Petitioner petitioner, ReplyChannel replyChannel, String language) {
}
