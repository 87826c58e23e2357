package tw.yankao.tracking.documents.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.tracking.documents.DocumentTimeliness;

/** Document timeliness as JSON: RDEC and administrators see every agency, agency staff their scope. */
@RestController
@Tag(name = "Document timeliness")
class DocumentApiController {

	private final DocumentTimeliness timeliness;
	private final AgencyDirectory agencies;

	DocumentApiController(DocumentTimeliness timeliness, AgencyDirectory agencies) {
		this.timeliness = timeliness;
		this.agencies = agencies;
	}

	@GetMapping("/api/tracking/documents/timeliness")
	@Operation(summary = "The month's document timeliness per agency, ranked by overdue ratio (worst first): received, "
			+ "closed, overdue (closed after the due date or open past it), on-time closure percentage, average days "
			+ "to close, counts per category and whether the agency is over the city's line; 400 problem+json naming "
			+ "`month` for a malformed or future month")
	TimelinessJson timeliness(
			@Parameter(description = "the month, YYYY-MM; last month when omitted") @RequestParam(required = false) String month) {
		return TimelinessJson.of(timeliness.ranking(RankingMonth.parse(month, timeliness.today())),
				agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity())));
	}

}
