package tw.yankao.plan.importing.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.plan.AnnualPlanConflict;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.importing.ImportReport;
import tw.yankao.plan.importing.PlanFileImport;
import tw.yankao.plan.importing.PlanImportException;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.NotFound;
import tw.yankao.shared.web.Htmx;

/**
 * Upload of a plan file → preview of what was recognised → save as a draft. Nothing is saved
 * before the uploader confirms the preview; a refused file is shown back on the form with the
 * reason, naming the file. Liaisons import for the agencies in their scope only.
 */
@Controller
@RequestMapping(PlanImportController.PATH)
class PlanImportController {

	static final String PATH = "/plans/import";

	private static final String FORM = "plan/import/form";
	private static final String PREVIEW = "plan/import/preview";
	private static final int FIRST_YEAR = 1;
	private static final int LAST_YEAR = 999;

	private final PlanFileImport planImport;
	private final PendingImports pending;
	private final PlanManagement plans;
	private final AgencyDirectory agencies;
	private final AgencyScope scope;
	private final CurrentUsers users;
	private final Clock clock;

	PlanImportController(PlanFileImport planImport, PendingImports pending, PlanManagement plans,
			AgencyDirectory agencies, AgencyScope scope, CurrentUsers users, Clock clock) {
		this.planImport = planImport;
		this.pending = pending;
		this.plans = plans;
		this.agencies = agencies;
		this.scope = scope;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping
	String form(Model model) {
		return form(model, null, RocDates.rocYear(LocalDate.now(clock)) + 1, List.of());
	}

	@PostMapping
	@Nullable
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "agencyId", required = false) @Nullable Long agencyId,
			@RequestParam(name = "year", required = false) @Nullable String year, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Agency agency = agencyId == null ? null : agencies.findById(agencyId).orElse(null);
		if (agency != null) {
			scope.checkAccess(agency.id());
		}
		Integer rocYear = rocYear(year);
		String fileName = fileName(file);
		ImportProblem problem = agency == null ? new ImportProblem("plan-import.error.agency")
				: rocYear == null ? new ImportProblem("plan-import.error.year", FIRST_YEAR, LAST_YEAR)
				: file == null || file.isEmpty() ? new ImportProblem("plan-import.error.EMPTY", fileName)
				: file.getSize() > planImport.maxBytes() ? tooLarge(fileName) : null;
		if (problem != null) {
			return form(model, agencyId, rocYear, List.of(problem));
		}
		ImportReport report;
		try {
			report = planImport.read(file.getBytes());
		}
		catch (PlanImportException refused) {
			return form(model, agencyId, rocYear, List.of(new ImportProblem("plan-import.error." + refused.reason(),
					fileName, planImport.maxSize(), refused.getMessage())));
		}
		PendingImport added = pending.add(currentUser().userId(), agency, rocYear, fileName, report);
		String preview = PATH + "/" + added.token();
		if ("true".equals(request.getHeader(Htmx.REQUEST))) {
			// htmx posted the form: a full page load of the preview, so that its address is the preview's
			response.setHeader("HX-Redirect", request.getContextPath() + preview);
			return null;
		}
		return "redirect:" + preview;
	}

	@GetMapping("/{token}")
	String preview(@PathVariable String token, Model model) {
		PendingImport found = pendingImport(token);
		model.addAttribute("pending", found);
		model.addAttribute("report", found.report());
		model.addAttribute("plan", found.report().plan());
		model.addAttribute("saved", found.saved());
		return PREVIEW;
	}

	/** Saves the preview as a draft; again for the same preview gives the same draft, saving nothing. */
	@PostMapping("/{token}")
	String save(@PathVariable String token, Model model) {
		PendingImport found = pendingImport(token);
		try {
			found.saveOnce(() -> plans.saveDraft(found.report().plan(), found.agency().id(), found.rocYear(),
					found.fileName()));
		}
		catch (AnnualPlanConflict conflict) {
			model.addAttribute("problems", List.of(new ImportProblem("plan-import.error.conflict", conflict.getMessage())));
			return preview(token, model);
		}
		return "redirect:" + PATH + "/" + token;
	}

	/** An upload over the multipart limit never reaches {@link #upload}; it gets the same message. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(Model model) {
		return form(model, null, null, List.of(tooLarge("")));
	}

	private String form(Model model, @Nullable Long agencyId, @Nullable Integer rocYear, List<ImportProblem> problems) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("agencies", agencies.all().stream()
			.filter(a -> a.isActiveOn(today) && scope.canAccess(a.id()))
			.toList());
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("year", rocYear);
		model.addAttribute("problems", problems);
		model.addAttribute("maxSize", planImport.maxSize());
		return FORM;
	}

	private PendingImport pendingImport(String token) {
		PendingImport found = pending.find(token, currentUser().userId())
			.orElseThrow(() -> new NotFound("plan import", token));
		scope.checkAccess(found.agency().id());
		return found;
	}

	private ImportProblem tooLarge(String fileName) {
		return new ImportProblem("plan-import.error.TOO_LARGE", fileName, planImport.maxSize(),
				"");
	}

	private CurrentUser currentUser() {
		return users.current().orElseThrow(() -> new AccessDeniedException("sign in to import plans"));
	}

	private static @Nullable Integer rocYear(@Nullable String text) {
		try {
			int year = Integer.parseInt(text == null ? "" : text.strip());
			return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The name without the client's folders, which some browsers send along. */
	private static String fileName(@Nullable MultipartFile file) {
		String original = file == null ? null : file.getOriginalFilename();
		return original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
	}

}
