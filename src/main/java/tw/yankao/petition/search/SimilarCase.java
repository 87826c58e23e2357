package tw.yankao.petition.search;

/**
 * An open case that may be the same matter as the one at hand.
 *
 * @param number its case number
 * @param overlapPercent 0–100: how much the two descriptions share (see {@link ChineseText#overlapPercent})
 * @param distanceMeters metres between the two points, or null when either has none (then they share a district)
 */
public record SimilarCase(String number, int overlapPercent, Integer distanceMeters) {
}
