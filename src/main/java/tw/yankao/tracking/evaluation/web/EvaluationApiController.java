package tw.yankao.tracking.evaluation.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.yankao.tracking.evaluation.EvaluationConflict;
import tw.yankao.tracking.evaluation.ItemEvaluation;
import tw.yankao.tracking.evaluation.ReviewEntry;
import tw.yankao.tracking.evaluation.YearEndEvaluation;

/** Year-end evaluations as JSON, limited to the caller's agency scope; reviewers score through it too. */
@RestController
@RequestMapping("/api/tracking/evaluation")
@Tag(name = "Year-end evaluation")
class EvaluationApiController {

	private final YearEndEvaluation evaluation;

	EvaluationApiController(YearEndEvaluation evaluation) {
		this.evaluation = evaluation;
	}

	@GetMapping("/{year}/items")
	@Operation(summary = "Evaluations of the round of an ROC year with parts (0–100), score (weighted mean 0–100, null "
			+ "until every reviewer part is entered) and grade code; filter by agency id (with the units below it) and "
			+ "grade code (NONE: not scored); at most limit (default 1000). Agency staff see their items of final rounds")
	List<ItemEvaluation> items(@PathVariable int year, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) String grade, @RequestParam(defaultValue = "1000") int limit) {
		return evaluation.evaluations(year, agency, grade, Math.max(1, Math.min(limit, 10_000)));
	}

	@GetMapping("/{year}/items/{id}")
	@Operation(summary = "One evaluation; 404 for an unknown id, 403 outside the caller's scope")
	ItemEvaluation item(@PathVariable int year, @PathVariable long id) {
		return evaluation.evaluation(year, id);
	}

	@PutMapping("/{year}/items/{id}")
	@Operation(summary = "RDEC reviewers score the reviewer parts: values maps every reviewer part code to 0–100 (two "
			+ "decimals at most) and comment is required; 400 names each bad field (values.<code>, comment) or round "
			+ "when it is final, 404 for an unknown item, 409 when version is stale")
	ItemEvaluation review(@PathVariable int year, @PathVariable long id, @RequestBody ReviewEntry entry) {
		return evaluation.review(year, id, entry);
	}

	@ExceptionHandler(EvaluationConflict.class)
	ProblemDetail conflict(EvaluationConflict conflict) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
		problem.setType(URI.create("https://yankao.tw/problems/conflict"));
		problem.setProperty("reload", "/api/tracking/evaluation/" + conflict.rocYear() + "/items");
		return problem;
	}

}
