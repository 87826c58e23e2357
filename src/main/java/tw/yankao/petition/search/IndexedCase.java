package tw.yankao.petition.search;

import java.time.Instant;

/**
 * What the index holds of a case: no personal data, only what search and duplicate suggestions need.
 *
 * @param agencyId null while unassigned
 * @param latitude WGS84 degrees, null without a point (then longitude is null too)
 * @param updatedAt when the case last changed, the index's catch-up marker
 */
record IndexedCase(long id, String number, String category, String description, Long agencyId, boolean open,
		String district, Double latitude, Double longitude, Instant receivedAt, Instant updatedAt) {
}
