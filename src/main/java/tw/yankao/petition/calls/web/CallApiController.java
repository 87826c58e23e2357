package tw.yankao.petition.calls.web;

import java.time.YearMonth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.yankao.petition.calls.CallStatistics;

/** The 1999 line's service levels as JSON, for the RDEC and administrators. */
@RestController
@Tag(name = "1999 call statistics")
class CallApiController {

	private final CallStatistics statistics;

	CallApiController(CallStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/petitions/calls/stats")
	@Operation(summary = "A month of the 1999 line: offered, answered, answered within the profile's seconds "
			+ "(exactly N seconds counts) and abandoned calls, the answer-in-time rate (answered in time / offered) and "
			+ "abandon rate (abandoned / offered), per day and per hour of day, against the city's target; 400 "
			+ "problem+json naming `month` for a malformed month")
	CallStatsJson stats(@Parameter(description = "the month, YYYY-MM; the latest month with calls when omitted")
			@RequestParam(required = false) String month) {
		YearMonth shown = StatsMonth.parse(month, statistics.months(), YearMonth.from(statistics.today()));
		return CallStatsJson.of(statistics.month(shown));
	}

}
