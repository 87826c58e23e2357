package tw.yankao.petition.calls.web;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import tw.yankao.petition.calls.CallImport;
import tw.yankao.petition.calls.CallImportRejected;
import tw.yankao.petition.calls.CallStatistics;
import tw.yankao.shared.web.InvalidInput;

/** The 1999 statistics page (a month's days and hours) and the call record import (check, then import). */
@Controller
class CallPagesController {

	private static final String STATISTICS = "petition/calls/statistics";
	private static final String IMPORT = "petition/calls/import";

	private final CallStatistics statistics;
	private final CallImport callImport;

	CallPagesController(CallStatistics statistics, CallImport callImport) {
		this.statistics = statistics;
		this.callImport = callImport;
	}

	@GetMapping("/petitions/calls")
	String statistics(@RequestParam(required = false) String month, Model model) {
		List<YearMonth> withCalls = statistics.months();
		YearMonth current = YearMonth.from(statistics.today());
		YearMonth shown;
		try {
			shown = StatsMonth.parse(month, withCalls, current);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("monthError", invalid.errors().get(0));
			shown = StatsMonth.parse(null, withCalls, current);
		}
		// The picker offers the months with calls; a month asked for by URL is added so it stays selected.
		List<YearMonth> months = new ArrayList<>(withCalls);
		if (!months.contains(shown)) {
			months.add(shown);
			months.sort((a, b) -> b.compareTo(a));
		}
		model.addAttribute("months", months);
		model.addAttribute("stats", statistics.month(shown));
		return STATISTICS;
	}

	@GetMapping("/petitions/calls/import")
	String importForm(Model model) {
		model.addAttribute("rejected", List.of());
		return IMPORT;
	}

	/** {@code action=preview} checks the file and shows its first rows; {@code import} also stores it. */
	@PostMapping("/petitions/calls/import")
	String importFile(@RequestParam MultipartFile file, @RequestParam(defaultValue = "preview") String action,
			Model model) throws IOException {
		model.addAttribute("rejected", List.of());
		try {
			boolean store = "import".equals(action);
			CallImport.Result result = store
					? callImport.importFile(file.getOriginalFilename(), file.getBytes())
					: callImport.preview(file.getBytes());
			model.addAttribute("result", result);
			model.addAttribute("stored", store);
		}
		catch (CallImportRejected rejected) {
			model.addAttribute("rejected", rejected.errors());
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		return IMPORT;
	}

}
