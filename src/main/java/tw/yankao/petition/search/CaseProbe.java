package tw.yankao.petition.search;

import java.time.Instant;

/**
 * The case being taken (or looked at), to find similar open cases for.
 *
 * @param category a sub-category code
 * @param district may be null
 * @param latitude WGS84 degrees, null without a point
 * @param longitude WGS84 degrees, null without a point
 * @param at when it was received (now, during intake): other cases are looked for in the days before
 * @param excludeNumber the case's own number, null during intake
 */
public record CaseProbe(String category, String district, Double latitude, Double longitude, String description,
		Instant at, String excludeNumber) {

	boolean hasPoint() {
		return latitude != null && longitude != null;
	}

	/** Enough to look: a category, a place and some words. */
	public boolean complete() {
		return category != null && !category.isBlank() && description != null && !description.isBlank()
				&& (hasPoint() || (district != null && !district.isBlank()));
	}
}
