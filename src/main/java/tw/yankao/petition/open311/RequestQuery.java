package tw.yankao.petition.open311;

import java.time.Instant;
import java.util.List;

/**
 * The filters of GET requests, already resolved to the spec's defaults.
 *
 * @param numbers service_request_id values; when present, the other filters are ignored, as the spec says
 * @param serviceCodes empty for all services
 * @param closed null for both open and closed requests
 * @param from requested on or after, or null
 * @param to requested on or before, or null
 * @param page from 1
 */
public record RequestQuery(List<String> numbers, List<String> serviceCodes, Boolean closed, Instant from, Instant to,
		Instant updatedAfter, Instant updatedBefore, int page, int pageSize) {
}
