package tw.yankao.tracking.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyScope;
import tw.yankao.shared.profile.EvaluationRules.ActionKind;
import tw.yankao.tracking.evaluation.RewardLine;
import tw.yankao.tracking.evaluation.YearEndEvaluation;

/** The rewards-and-penalties list of a round, on a page and as CSV or XLSX. */
@Controller
class RewardsController {

	static final String REWARDS = "tracking/evaluation/rewards";
	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final YearEndEvaluation evaluation;
	private final EvaluationLabels labels;
	private final RewardsFiles files;
	private final AgencyScope scope;

	RewardsController(YearEndEvaluation evaluation, EvaluationLabels labels, RewardsFiles files, AgencyScope scope) {
		this.evaluation = evaluation;
		this.labels = labels;
		this.files = files;
		this.scope = scope;
	}

	@GetMapping("/tracking/evaluation/{year}/rewards")
	String rewards(@PathVariable int year, @RequestParam(required = false) Long agency, Model model, Locale locale) {
		model.addAttribute("round", evaluation.round(year));
		model.addAttribute("lines", evaluation.rewards(year, agency));
		model.addAttribute("agency", agency);
		model.addAttribute("agencyOptions", labels.agencies().values().stream().filter(a -> scope.canAccess(a.id()))
			.sorted(Comparator.comparing(Agency::code)).toList());
		model.addAttribute("labels", new EvaluationItemsController.PageLabels(labels, locale));
		model.addAttribute("actionTexts", new ActionTexts(labels, locale));
		model.addAttribute("gradeNames", labels.gradeNames(locale));
		model.addAttribute("gradeActions", labels.gradeActions(locale));
		return REWARDS;
	}

	@GetMapping("/tracking/evaluation/{year}/rewards.csv")
	ResponseEntity<byte[]> csv(@PathVariable int year, @RequestParam(required = false) Long agency, Locale locale) {
		return file(files.csv(evaluation.rewards(year, agency), locale), CSV, year, "csv");
	}

	@GetMapping("/tracking/evaluation/{year}/rewards.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable int year, @RequestParam(required = false) Long agency, Locale locale) {
		return file(files.xlsx(evaluation.rewards(year, agency), locale), XLSX, year, "xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, int year, String extension) {
		String name = year + "年度年終考核獎懲名冊." + extension;
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/** Lets the template write a line's actions: {@code actionTexts.of(line)}. */
	record ActionTexts(EvaluationLabels labels, Locale locale) {

		public String of(RewardLine line) {
			return labels.actions(line.actions(), locale);
		}

		public boolean penalty(RewardLine line) {
			return line.actions().stream().anyMatch(a -> a.kind() == ActionKind.PENALTY);
		}

	}

}
