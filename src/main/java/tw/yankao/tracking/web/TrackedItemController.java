package tw.yankao.tracking.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.PlanIndicatorDirectory;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.tracking.DetailField;
import tw.yankao.tracking.LagClass;
import tw.yankao.tracking.ProgressReport;
import tw.yankao.tracking.ReleaseRequest;
import tw.yankao.tracking.ReportAttachments;
import tw.yankao.tracking.ReportFile;
import tw.yankao.tracking.ReleaseStatus;
import tw.yankao.tracking.ReportMonth;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemDetails;
import tw.yankao.tracking.TrackedItemFilter;
import tw.yankao.tracking.TrackedItemPage;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.TrackingConflict;
import tw.yankao.tracking.TrackingManagement;
import tw.yankao.tracking.TrackingRelease;

/** The item list, an item's page with its progress chart, and the monthly progress form. */
@Controller
class TrackedItemController {

	private static final String LIST = "tracking/items";
	private static final String PAGE = "tracking/item";
	private static final int PAGE_SIZE = 50;

	private final TrackingManagement tracking;
	private final AgencyDirectory agencies;
	private final Clock clock;
	private final TrackingRelease release;
	private final ReportAttachments attachments;

	private final PlanIndicatorDirectory indicators;

	TrackedItemController(TrackingManagement tracking, TrackingRelease release, ReportAttachments attachments,
			AgencyDirectory agencies, Clock clock, PlanIndicatorDirectory indicators) {
		this.tracking = tracking;
		this.indicators = indicators;
		this.attachments = attachments;
		this.release = release;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping("/tracking/items")
	String list(@RequestParam(required = false) TrackedItemType type,
			@RequestParam(required = false) TrackedItemStatus status, @RequestParam(required = false) LagClass lag,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) String month,
			@RequestParam(defaultValue = "1") int page, Model model) {
		YearMonth inMonth = month == null || month.isBlank() ? null : ReportMonth.parse(month);
		TrackedItemPage shown = tracking.itemPage(new TrackedItemFilter(agency, type, status, lag, inMonth), page, PAGE_SIZE);
		model.addAttribute("page", shown);
		model.addAttribute("items", shown.items());
		model.addAttribute("inMonth", inMonth);
		model.addAttribute("lagClasses", LagClass.values());
		model.addAttribute("lag", lag);
		model.addAttribute("agency", agency);
		model.addAttribute("month", inMonth == null ? "" : inMonth.toString());
		model.addAttribute("types", TrackedItemType.values());
		model.addAttribute("statuses", TrackedItemStatus.values());
		model.addAttribute("type", type);
		model.addAttribute("status", status);
		model.addAttribute("agencies", agencyNames());
		return LIST;
	}

	@GetMapping("/tracking/items/{id}")
	String page(@PathVariable long id, @RequestParam(required = false) String month, Model model) {
		List<ProgressReport> reports = tracking.reports(id);
		String wanted = month == null ? YearMonth.now(clock).toString() : month;
		ProgressForm form = reports.stream().filter(r -> r.month().toString().equals(wanted)).findFirst()
			.map(ProgressForm::of).orElse(ProgressForm.empty(wanted));
		return show(id, form, model);
	}

	@PostMapping("/tracking/items/{id}/reports")
	String report(@PathVariable long id, @ModelAttribute("form") ProgressForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			ProgressReport saved = tracking.report(id, form.entry());
			redirect.addFlashAttribute("saved", saved.month().toString());
			return "redirect:/tracking/items/" + id + "?month=" + saved.month();
		}
		catch (InvalidInput invalid) {
			invalid.errors().forEach(error -> result.rejectValue(error.field() == null ? "month" : error.field(),
					error.messageKey(), error.arguments(), error.messageKey()));
			return show(id, form, model);
		}
	}

	@ExceptionHandler(TrackingConflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(TrackingConflict conflict, Model model) {
		model.addAttribute("itemId", conflict.itemId());
		return "tracking/conflict";
	}

	private String show(long id, ProgressForm form, Model model) {
		TrackedItem item = tracking.item(id);
		List<ProgressReport> reports = tracking.reports(id);
		model.addAttribute("item", item);
		// names through the plan module; a link whose plan is no longer approved is not shown
		model.addAttribute("linkedIndicators",
				item.indicatorIds().stream().flatMap(i -> indicators.indicator(i).stream()).toList());
		// dates of the type's date fields, shown in ROC; a value that is no date is shown as written
		Map<String, String> kinds = new java.util.HashMap<>();
		Map<String, java.time.LocalDate> dates = new java.util.HashMap<>();
		for (DetailField field : TrackedItemDetails.of(item.type())) {
			String value = item.details().get(field.key());
			boolean date = field.kind() == DetailField.Kind.DATE || field.kind() == DetailField.Kind.COMPUTED_DATE;
			if (date && value != null && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				dates.put(field.key(), java.time.LocalDate.parse(value));
			}
			kinds.put(field.key(), date && !dates.containsKey(field.key()) ? "TEXT" : field.kind().name());
		}
		model.addAttribute("detailKinds", kinds);
		model.addAttribute("detailDates", dates);
		model.addAttribute("agencies", agencyNames());
		model.addAttribute("reports", reports);
		model.addAttribute("files", attachments.files(id).stream().collect(Collectors.groupingBy(ReportFile::reportId)));
		model.addAttribute("months", months(item, reports));
		model.addAttribute("form", form);
		List<ReleaseRequest> releases = release.history(id);
		model.addAttribute("releases", releases);
		model.addAttribute("releaseOpen", releases.stream().anyMatch(r -> r.status() == ReleaseStatus.OPEN));
		return PAGE;
	}

	/** Every month planned or reported, oldest first; a month without a report is missing once its deadline passed. */
	private List<ProgressMonth> months(TrackedItem item, List<ProgressReport> reports) {
		Map<YearMonth, ProgressReport> byMonth = reports.stream()
			.collect(Collectors.toMap(ProgressReport::month, Function.identity()));
		TreeSet<YearMonth> all = new TreeSet<>(item.plannedProgress().keySet());
		all.addAll(byMonth.keySet());
		List<ProgressMonth> months = new ArrayList<>();
		for (YearMonth month : all) {
			ProgressReport report = byMonth.get(month);
			boolean missing = report == null && item.status() == TrackedItemStatus.TRACKED
					&& clock.instant().isAfter(tracking.reportDeadline(month));
			BigDecimal allocation = item.plannedSpending().get(month);
			BigDecimal plannedSpending = item.plannedSpending().isEmpty() ? null : item.plannedSpendingBy(month);
			months.add(report == null
					? new ProgressMonth(month, item.plannedIn(month), null, null, null, false, missing, allocation,
							plannedSpending, null)
					: new ProgressMonth(month, report.plannedPercent(), report.actualPercent(), report.lagPoints(),
							report.lagClass(), report.late(), false, allocation, plannedSpending, report.spending()));
		}
		return months;
	}

	private Map<Long, Agency> agencyNames() {
		return agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
	}


}
