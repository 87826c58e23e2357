package tw.yankao.tracking.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.tracking.evaluation.EvaluationConflict;
import tw.yankao.tracking.evaluation.EvaluationRound;
import tw.yankao.tracking.evaluation.YearEndEvaluation;

/** The list of rounds, and the RDEC's opening and finalising of a round. */
@Controller
class EvaluationRoundsController {

	static final String ROUNDS = "tracking/evaluation/rounds";
	static final String INVALID = "tracking/evaluation/invalid";
	static final String CONFLICT = "tracking/evaluation/conflict";

	private final YearEndEvaluation evaluation;
	private final Reviewers reviewers;
	private final Clock clock;

	EvaluationRoundsController(YearEndEvaluation evaluation, Reviewers reviewers, Clock clock) {
		this.evaluation = evaluation;
		this.reviewers = reviewers;
		this.clock = clock;
	}

	@GetMapping("/tracking/evaluation")
	String rounds(Model model) {
		Map<EvaluationRound, RoundCounts> rounds = new LinkedHashMap<>();
		for (EvaluationRound round : evaluation.rounds()) {
			Map<String, Long> counts = evaluation.gradeCounts(round.rocYear(), null, null);
			rounds.put(round, new RoundCounts(counts.values().stream().mapToLong(Long::longValue).sum(),
					counts.getOrDefault(null, 0L)));
		}
		model.addAttribute("rounds", rounds);
		model.addAttribute("reviewer", reviewers.isReviewer());
		// the evaluation of a year takes place in the first half of the next (002)
		model.addAttribute("suggestedYear", RocDates.toRocYear(LocalDate.now(clock.withZone(RocDates.ZONE)).getYear()) - 1);
		return ROUNDS;
	}

	@PostMapping("/tracking/evaluation")
	String open(@RequestParam(required = false) String year) {
		int rocYear;
		try {
			rocYear = Integer.parseInt(year == null ? "" : year.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("year", "evaluation.round.year-invalid", year);
		}
		evaluation.open(rocYear);
		return "redirect:/tracking/evaluation/" + rocYear;
	}

	@PostMapping("/tracking/evaluation/{year}/finalise")
	String finalise(@PathVariable int year, @RequestParam int version) {
		evaluation.finalise(year, version);
		return "redirect:/tracking/evaluation/" + year;
	}

	/** How many items the caller sees in a round, and how many of them wait for review. */
	record RoundCounts(long items, long unscored) {
	}

	/** A refused step names the field, so that the user knows what to correct. */
	@ExceptionHandler(InvalidInput.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInput invalid, Model model) {
		model.addAttribute("errors", invalid.errors());
		return INVALID;
	}

	@ExceptionHandler(EvaluationConflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(EvaluationConflict conflict, Model model) {
		model.addAttribute("rocYear", conflict.rocYear());
		return CONFLICT;
	}

}
