package tw.yankao.tracking.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyScope;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;
import tw.yankao.tracking.evaluation.EvaluationConflict;
import tw.yankao.tracking.evaluation.EvaluationRound;
import tw.yankao.tracking.evaluation.ItemEvaluation;
import tw.yankao.tracking.evaluation.ReviewEntry;
import tw.yankao.tracking.evaluation.YearEndEvaluation;

/** A round's items with their parts, score and grade; an item's evaluation and the reviewer's form. */
@Controller
class EvaluationItemsController {

	static final String YEAR = "tracking/evaluation/year";
	static final String ITEM = "tracking/evaluation/item";
	/** Rows shown at once: a round holds thousands of items, filters narrow it. */
	static final int PAGE_ROWS = 300;
	private static final String VALUE_PREFIX = "values.";

	private final YearEndEvaluation evaluation;
	private final EvaluationLabels labels;
	private final Reviewers reviewers;
	private final AgencyScope scope;

	EvaluationItemsController(YearEndEvaluation evaluation, EvaluationLabels labels, Reviewers reviewers,
			AgencyScope scope) {
		this.evaluation = evaluation;
		this.labels = labels;
		this.reviewers = reviewers;
		this.scope = scope;
	}

	@GetMapping("/tracking/evaluation/{year}")
	String year(@PathVariable int year, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) String grade, Model model, Locale locale) {
		EvaluationRound round = evaluation.round(year);
		List<ItemEvaluation> rows = evaluation.evaluations(year, agency, grade, PAGE_ROWS);
		Map<String, Long> counts = evaluation.gradeCounts(year, agency, grade);
		Map<String, Long> distribution = new LinkedHashMap<>();
		labels.gradeNames(locale).keySet().forEach(code -> distribution.put(code, counts.getOrDefault(code, 0L)));
		distribution.put(null, counts.getOrDefault(null, 0L));
		model.addAttribute("round", round);
		model.addAttribute("rows", rows);
		model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("distribution", distribution);
		model.addAttribute("agency", agency);
		model.addAttribute("grade", grade);
		model.addAttribute("agencyOptions", labels.agencies().values().stream().filter(a -> scope.canAccess(a.id()))
			.sorted(Comparator.comparing(Agency::code)).toList());
		model.addAttribute("reviewer", reviewers.isReviewer());
		addLabels(model, locale);
		return YEAR;
	}

	@GetMapping("/tracking/evaluation/{year}/items/{id}")
	String item(@PathVariable int year, @PathVariable long id, Model model, Locale locale) {
		ItemEvaluation item = evaluation.evaluation(year, id);
		Map<String, String> values = new LinkedHashMap<>();
		item.parts().forEach(p -> values.put(p.code(), p.value() == null ? "" : p.value().stripTrailingZeros().toPlainString()));
		return itemPage(year, item, values, item.comment(), List.of(), model, locale);
	}

	/** Fields {@code values.<part code>}, {@code comment} and {@code version}. */
	@PostMapping("/tracking/evaluation/{year}/items/{id}")
	String review(@PathVariable int year, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
			Locale locale, HttpServletResponse response) {
		Map<String, String> submitted = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith(VALUE_PREFIX)) {
				submitted.put(key.substring(VALUE_PREFIX.length()), value);
			}
		});
		try {
			evaluation.review(year, id, new ReviewEntry(version(form.get("version")), numbers(submitted), form.get("comment")));
			return "redirect:/tracking/evaluation/" + year + "/items/" + id + "?saved";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			ItemEvaluation item = evaluation.evaluation(year, id);
			Map<String, String> values = new LinkedHashMap<>();
			item.parts().forEach(p -> values.put(p.code(), p.isReviewerPart() ? submitted.getOrDefault(p.code(), "")
					: p.value() == null ? "" : p.value().toPlainString()));
			return itemPage(year, item, values, form.get("comment"), invalid.errors(), model, locale);
		}
	}

	@ExceptionHandler(EvaluationConflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(EvaluationConflict conflict, Model model) {
		model.addAttribute("rocYear", conflict.rocYear());
		return EvaluationRoundsController.CONFLICT;
	}

	private String itemPage(int year, ItemEvaluation item, Map<String, String> values, String comment,
			List<FieldError> errors, Model model, Locale locale) {
		EvaluationRound round = evaluation.round(year);
		Map<String, FieldError> byField = new LinkedHashMap<>();
		errors.forEach(e -> byField.putIfAbsent(e.field(), e));
		model.addAttribute("round", round);
		model.addAttribute("item", item);
		model.addAttribute("values", values);
		model.addAttribute("comment", comment);
		model.addAttribute("errors", byField);
		model.addAttribute("editable", !round.isFinal() && reviewers.isReviewer());
		addLabels(model, locale);
		return ITEM;
	}

	private void addLabels(Model model, Locale locale) {
		model.addAttribute("gradeNames", labels.gradeNames(locale));
		model.addAttribute("gradeActions", labels.gradeActions(locale));
		model.addAttribute("agencies", labels.agencies());
		model.addAttribute("labels", new PageLabels(labels, locale));
	}

	/** Parses the form's values; text that is not a number is refused naming its field. */
	private static Map<String, BigDecimal> numbers(Map<String, String> submitted) {
		Map<String, BigDecimal> numbers = new LinkedHashMap<>();
		List<FieldError> errors = new ArrayList<>();
		submitted.forEach((code, text) -> {
			if (text == null || text.isBlank()) {
				return;
			}
			try {
				numbers.put(code, new BigDecimal(text.strip()));
			}
			catch (NumberFormatException ex) {
				errors.add(new FieldError(VALUE_PREFIX + code, "evaluation.part.not-a-number", text.strip()));
			}
		});
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return numbers;
	}

	private static Integer version(String text) {
		try {
			return text == null ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Lets templates name parts and grades in the reader's language: {@code labels.part('PROGRESS')}. */
	record PageLabels(EvaluationLabels labels, Locale locale) {

		public String part(String code) {
			return labels.partName(code, locale);
		}

		public String grade(String code) {
			return labels.gradeName(code, locale);
		}

		public String agency(long id) {
			return labels.agencyName(id, locale);
		}

	}

}
