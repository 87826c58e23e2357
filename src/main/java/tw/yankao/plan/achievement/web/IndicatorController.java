package tw.yankao.plan.achievement.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.ReportingPeriod;
import tw.yankao.plan.achievement.AchievementConflict;
import tw.yankao.plan.achievement.AchievementReport;
import tw.yankao.plan.achievement.Achievements;
import tw.yankao.plan.achievement.EvidenceFile;
import tw.yankao.plan.achievement.MetricCatalog;
import tw.yankao.plan.achievement.PlanIndicator;
import tw.yankao.shared.web.InvalidInput;

/** An indicator's page: its reports with evidence, the entry form, submit and confirm. */
@Controller
class IndicatorController {

	static final String PAGE = "plan/achievement/indicator";
	private static final String CONFLICT = "plan/achievement/conflict";

	private final Achievements achievements;
	private final MetricCatalog metrics;
	private final AgencyDirectory agencies;

	IndicatorController(Achievements achievements, MetricCatalog metrics, AgencyDirectory agencies) {
		this.achievements = achievements;
		this.metrics = metrics;
		this.agencies = agencies;
	}

	@GetMapping("/plans/achievement/indicators/{id}")
	String page(@PathVariable long id, @RequestParam(required = false) String period, Model model) {
		PlanIndicator indicator = achievements.indicator(id);
		String code = period == null ? String.valueOf(indicator.rocYear()) : period;
		AchievementForm form = achievements.reportsOf(id)
			.stream()
			.filter(report -> report.period().code().equals(code))
			.findFirst()
			.map(AchievementForm::of)
			.orElse(AchievementForm.empty(code));
		return show(indicator, form, model);
	}

	@PostMapping("/plans/achievement/indicators/{id}/reports")
	String save(@PathVariable long id, @ModelAttribute("form") AchievementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			AchievementReport saved = achievements.save(id, form.entry());
			redirect.addFlashAttribute("saved", saved.period().code());
			return "redirect:/plans/achievement/indicators/" + id + "?period=" + saved.period().code();
		}
		catch (InvalidInput invalid) {
			for (InvalidInput.FieldError error : invalid.errors()) {
				if (error.field() == null) {
					result.reject(error.messageKey(), error.arguments(), error.messageKey());
				}
				else {
					result.rejectValue(error.field(), error.messageKey(), error.arguments(), error.messageKey());
				}
			}
			return show(achievements.indicator(id), form, model);
		}
	}

	@PostMapping("/plans/achievement/reports/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version) {
		AchievementReport report = achievements.submit(id, version);
		return back(report);
	}

	@PostMapping("/plans/achievement/reports/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam int version) {
		AchievementReport report = achievements.confirm(id, version);
		return back(report);
	}

	@PostMapping("/plans/achievement/reports/{id}/evidence")
	String upload(@PathVariable long id, @RequestParam("evidence") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		AchievementReport report = achievements.report(id);
		try {
			achievements.addEvidence(id, file.getOriginalFilename(), file.getBytes());
		}
		catch (InvalidInput invalid) {
			InvalidInput.FieldError error = invalid.errors().get(0);
			redirect.addFlashAttribute("evidenceError", error);
		}
		return back(report);
	}

	/** An evidence file, always as an attachment so that a browser never runs what was uploaded. */
	@GetMapping("/plans/achievement/evidence/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		Map.Entry<EvidenceFile, byte[]> file = achievements.download(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getKey().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getKey().fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.getValue());
	}

	@ExceptionHandler(AchievementConflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(AchievementConflict conflict, Model model) {
		model.addAttribute("indicatorId", conflict.indicatorId());
		return CONFLICT;
	}

	private String show(PlanIndicator indicator, AchievementForm form, Model model) {
		List<AchievementReport> reports = achievements.reportsOf(indicator.id());
		Map<Long, List<EvidenceFile>> evidence = new LinkedHashMap<>();
		reports.forEach(report -> evidence.put(report.id(), achievements.evidenceOf(report.id())));
		model.addAttribute("indicator", indicator);
		model.addAttribute("agencyCode", agencies.findById(indicator.agencyId()).map(Agency::code).orElse(""));
		model.addAttribute("formula", indicator.formula());
		model.addAttribute("reports", reports);
		model.addAttribute("evidence", evidence);
		model.addAttribute("form", form);
		model.addAttribute("periods", ReportingPeriod.allOf(indicator.rocYear()));
		model.addAttribute("metrics", metrics.all());
		model.addAttribute("boundMetric", indicator.isLive() ? metrics.find(indicator.metricKey()).orElse(null) : null);
		return PAGE;
	}

	private static String back(AchievementReport report) {
		return "redirect:/plans/achievement/indicators/" + report.indicatorId() + "?period=" + report.period().code();
	}

}
