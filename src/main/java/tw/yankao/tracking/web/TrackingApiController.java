package tw.yankao.tracking.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.tracking.ProgressEntry;
import tw.yankao.tracking.ReportMonth;
import tw.yankao.tracking.ProgressReport;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemEntry;
import tw.yankao.tracking.TrackingConflict;
import tw.yankao.tracking.TrackingManagement;

/** Tracked items, their monthly progress and execution rates as JSON, limited to the caller's agency scope. */
@RestController
@RequestMapping("/api/tracking")
@Tag(name = "Tracking")
class TrackingApiController {

	private final TrackingManagement tracking;
	private final AgencyDirectory agencies;
	private final BigDecimal linePercent;

	TrackingApiController(TrackingManagement tracking, AgencyDirectory agencies, CityProfile profile) {
		this.tracking = tracking;
		this.agencies = agencies;
		this.linePercent = profile.tracking().executionRateLinePercent();
	}

	@GetMapping("/execution-rates")
	@Operation(summary = "Execution rates of every agency with items tracked in the month (YYYY-MM): counts by lag "
			+ "class and executionRate = (ahead + onSchedule) / tracked as a ratio 0–1; items without a report count "
			+ "as behind. RDEC and system administrators only; 400 names month when it is not YYYY-MM")
	List<ExecutionRateJson> executionRates(@RequestParam(required = false) String month) {
		Map<Long, String> codes = agencies.all().stream().collect(Collectors.toMap(Agency::id, Agency::code));
		return tracking.executionRates(ReportMonth.parse(month)).stream()
			.map(rate -> ExecutionRateJson.of(codes.get(rate.agencyId()), rate, linePercent))
			.toList();
	}

	@PostMapping("/items")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a tracked item in an agency of the caller's scope; 400 names each bad field")
	TrackedItem create(@RequestBody TrackedItemEntry entry) {
		return tracking.create(entry);
	}

	@GetMapping("/items/{id}")
	@Operation(summary = "A tracked item with planned progress and checkpoints; 403 outside the caller's scope")
	TrackedItem item(@PathVariable long id) {
		return tracking.item(id);
	}

	@PutMapping("/items/{id}")
	@Operation(summary = "Change a tracked item; 400 names each bad field, 409 when version is stale")
	TrackedItem update(@PathVariable long id, @RequestBody TrackedItemEntry entry) {
		return tracking.update(id, entry);
	}

	@GetMapping("/items/{id}/reports")
	@Operation(summary = "An item's monthly progress reports with their lag (percentage points) and lag class")
	List<ProgressReport> reports(@PathVariable long id) {
		return tracking.reports(id);
	}

	@PostMapping("/items/{id}/reports")
	@Operation(summary = "Create or change the report of a month: progress above 100, cumulative progress going down "
			+ "without correctionReason, and released items are refused naming the field; 409 when version is stale")
	ProgressReport report(@PathVariable long id, @RequestBody ProgressEntry entry) {
		return tracking.report(id, entry);
	}

	@ExceptionHandler(TrackingConflict.class)
	ProblemDetail conflict(TrackingConflict conflict) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
		problem.setType(URI.create("https://yankao.tw/problems/conflict"));
		problem.setProperty("reload", "/api/tracking/items/" + conflict.itemId());
		return problem;
	}

}
