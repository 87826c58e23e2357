package tw.yankao.tracking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tracked items as API bodies. Numbers are unique per call and dates lie in 1990, before any
 * demo or other test's item, so that execution rates of a 1990 month count only this test's items.
 */
public final class TrackingFixture {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private TrackingFixture() {
	}

	/** A tender of NT$2,000,000 planned at 10 % a month from January 1990. */
	public static Map<String, Object> tender(long agencyId) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("type", "TENDER");
		item.put("number", "T-" + UUID.randomUUID());
		item.put("title", "測試標案");
		item.put("ownerAgencyId", agencyId);
		item.put("controlLevel", "CITY");
		item.put("responsiblePeople", "王小明");
		item.put("startDate", "1990-01-01");
		item.put("endDate", "1990-12-31");
		item.put("budgetTotal", 2_000_000);
		item.put("budgetThisYear", 1_500_000);
		item.put("status", "TRACKED");
		item.put("plannedProgress", Map.of("1990-01", 10, "1990-02", 20, "1990-03", 30, "1990-04", 40));
		item.put("checkpoints", List.of(Map.of("name", "決標", "plannedDate", "1990-02-15")));
		return item;
	}

	public static Map<String, Object> with(Map<String, Object> item, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(item);
		if (value == null) {
			copy.remove(key);
		}
		else {
			copy.put(key, value);
		}
		return copy;
	}

	public static Map<String, Object> report(String month, Object actual) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("month", month);
		report.put("actualPercent", actual);
		report.put("spending", 100_000);
		report.put("narrative", "依進度施作");
		return report;
	}

	public static String json(Object body) {
		return JSON.writeValueAsString(body);
	}

}
