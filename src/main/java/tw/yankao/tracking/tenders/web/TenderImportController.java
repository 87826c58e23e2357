package tw.yankao.tracking.tenders.web;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.tracking.documents.DocumentImportRejected;
import tw.yankao.tracking.tenders.TenderImport;

/** The tender import page: {@code action=preview} checks the file, {@code import} also stores it. */
@Controller
class TenderImportController {

	private static final String PAGE = "tracking/tenders/import";

	private final TenderImport tenderImport;
	private final AgencyDirectory agencies;

	TenderImportController(TenderImport tenderImport, AgencyDirectory agencies) {
		this.tenderImport = tenderImport;
		this.agencies = agencies;
	}

	@GetMapping("/tracking/tenders/import")
	String form(Model model) {
		model.addAttribute("rejected", List.of());
		return PAGE;
	}

	@PostMapping("/tracking/tenders/import")
	String importFile(@RequestParam MultipartFile file, @RequestParam(defaultValue = "preview") String action,
			Model model) throws IOException {
		model.addAttribute("rejected", List.of());
		try {
			boolean store = "import".equals(action);
			TenderImport.Result result = store ? tenderImport.importFile(file.getOriginalFilename(), file.getBytes())
					: tenderImport.preview(file.getBytes());
			model.addAttribute("result", result);
			model.addAttribute("stored", store);
			model.addAttribute("agencies", agencies.all().stream()
				.collect(Collectors.toMap(Agency::id, Function.identity())));
		}
		catch (DocumentImportRejected rejected) {
			model.addAttribute("rejected", rejected.errors());
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		return PAGE;
	}

}
