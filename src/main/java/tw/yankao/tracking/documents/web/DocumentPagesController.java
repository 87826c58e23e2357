package tw.yankao.tracking.documents.web;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.DocumentRules;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.tracking.documents.DocumentImport;
import tw.yankao.tracking.documents.DocumentImportRejected;
import tw.yankao.tracking.documents.DocumentTimeliness;
import tw.yankao.tracking.documents.MonthTotals;

/**
 * The document import (check first, then import the same file) and the monthly ranking page with
 * its trend.
 */
@Controller
class DocumentPagesController {

	private static final String IMPORT = "tracking/documents/import";
	private static final String RANKING = "tracking/documents/ranking";

	private final DocumentImport documentImport;
	private final DocumentTimeliness timeliness;
	private final AgencyDirectory agencies;
	private final CityProfile profile;
	private final MessageSource messages;

	DocumentPagesController(DocumentImport documentImport, DocumentTimeliness timeliness, AgencyDirectory agencies,
			CityProfile profile, MessageSource messages) {
		this.messages = messages;
		this.documentImport = documentImport;
		this.timeliness = timeliness;
		this.agencies = agencies;
		this.profile = profile;
	}

	@GetMapping("/tracking/documents/import")
	String importForm(Model model) {
		model.addAttribute("rejected", List.of());
		return importPage(model);
	}

	/** {@code action=preview} checks the file and shows its first rows; {@code import} also stores it. */
	@PostMapping("/tracking/documents/import")
	String importFile(@RequestParam MultipartFile file, @RequestParam(defaultValue = "preview") String action,
			Model model) throws IOException {
		model.addAttribute("rejected", List.of());
		try {
			boolean store = "import".equals(action);
			DocumentImport.Result result = store
					? documentImport.importFile(file.getOriginalFilename(), file.getBytes())
					: documentImport.preview(file.getBytes());
			model.addAttribute("result", result);
			model.addAttribute("stored", store);
		}
		catch (DocumentImportRejected rejected) {
			model.addAttribute("rejected", rejected.errors());
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		return importPage(model);
	}

	@GetMapping("/tracking/documents/timeliness")
	String ranking(@RequestParam(required = false) String month, Model model, Locale locale) {
		YearMonth shown;
		try {
			shown = RankingMonth.parse(month, timeliness.today());
		}
		catch (InvalidInput invalid) {
			model.addAttribute("monthError", invalid.errors().get(0));
			shown = RankingMonth.parse(null, timeliness.today());
		}
		model.addAttribute("month", shown);
		model.addAttribute("ranking", timeliness.ranking(shown));
		List<MonthTotals> trend = timeliness.trend(shown);
		model.addAttribute("trend", trend);
		model.addAttribute("monthLabels", trend.stream()
			.collect(Collectors.toMap(MonthTotals::month, t -> monthLabel(t.month(), locale))));
		model.addAttribute("categories", profile.documents().categories());
		model.addAttribute("agencies", agencyById());
		return RANKING;
	}

	private String importPage(Model model) {
		model.addAttribute("agencies", agencyById());
		model.addAttribute("urgencies", profile.documents().urgencyClasses());
		model.addAttribute("categories", profile.documents().categories());
		model.addAttribute("urgencyNames", profile.documents().urgencyClasses().stream()
			.collect(Collectors.toMap(DocumentRules.UrgencyClass::code, DocumentRules.UrgencyClass::nameZh)));
		model.addAttribute("categoryByCode", profile.documents().categories().stream()
			.collect(Collectors.toMap(DocumentRules.Category::code, Function.identity())));
		return IMPORT;
	}

	/** 115年11月 in Chinese, 2026-11 in English. */
	private String monthLabel(YearMonth month, Locale locale) {
		return messages.getMessage("documents.month.label",
				new Object[] { RocDates.toRocYear(month.getYear()), month.getMonthValue(), month.toString() }, locale);
	}

	private Map<Long, Agency> agencyById() {
		return agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
	}

}
