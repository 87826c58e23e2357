package tw.yankao.shared.calendar.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.shared.calendar.CalendarFileException;
import tw.yankao.shared.calendar.CalendarImport;
import tw.yankao.shared.calendar.CalendarImportResult;
import tw.yankao.shared.calendar.CalendarYear;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.NotFound;

/**
 * The working-day calendar for administrators and the RDEC: the imported years, one year's
 * days, and the upload of a new file (data.gov.tw 14718). Years in paths are Gregorian, as
 * in the calendar's API; pages show them as ROC years.
 */
@Controller
@RequestMapping(CalendarAdminController.PATH)
class CalendarAdminController {

	static final String PATH = "/admin/calendar";

	private static final String LIST = "calendar/years";
	private static final String YEAR = "calendar/year";

	/** The years the calendar table accepts (see V4__shared_calendar.sql). */
	private static final int FIRST_YEAR = 1912;
	private static final int LAST_YEAR = 9999;

	private final CalendarImport calendarImport;
	private final CalendarCoverage coverage;

	CalendarAdminController(CalendarImport calendarImport, CalendarCoverage coverage) {
		this.calendarImport = calendarImport;
		this.coverage = coverage;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("years", calendarImport.importedYears());
		model.addAttribute("missingYears", coverage.missingYears());
		return LIST;
	}

	@GetMapping("/{year}")
	String year(@PathVariable int year, Model model) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new NotFound("calendar year", year);
		}
		Optional<CalendarYear> imported = calendarImport.importedYear(year);
		model.addAttribute("year", year);
		model.addAttribute("rocYear", RocDates.toRocYear(year));
		model.addAttribute("imported", imported.orElse(null));
		model.addAttribute("months",
				imported.isPresent() ? CalendarMonth.ofYear(year, calendarImport.importedDays(year)) : List.of());
		model.addAttribute("columns", CalendarMonth.COLUMNS);
		return YEAR;
	}

	/** All or nothing: a file with any bad row is shown back with every problem and changes nothing. */
	@PostMapping
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			CalendarImportResult result = importUpload(file);
			redirect.addFlashAttribute("imported", result);
			return "redirect:" + PATH;
		}
		catch (CalendarFileException rejected) {
			model.addAttribute("rejected", rejected);
			return list(model);
		}
	}

	private CalendarImportResult importUpload(@Nullable MultipartFile file) throws IOException {
		// No file is reported like an empty one ("has no rows"), in the page, rather than as a bare 400.
		if (file == null) {
			return calendarImport.importFile(new byte[0], "", currentUsername());
		}
		String name = fileName(file.getOriginalFilename());
		try (InputStream in = file.getInputStream()) {
			return calendarImport.importFile(in, name, currentUsername());
		}
	}

	/** The name without the client's folders, which some browsers send along. */
	private static String fileName(@Nullable String original) {
		return original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
	}

	private static @Nullable String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? null : authentication.getName();
	}

}
