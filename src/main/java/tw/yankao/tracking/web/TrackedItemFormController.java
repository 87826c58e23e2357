package tw.yankao.tracking.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.plan.PlanIndicatorDirectory;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;
import tw.yankao.tracking.ControlLevel;
import tw.yankao.tracking.DetailField;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemDetails;
import tw.yankao.tracking.TrackedItemEntry;
import tw.yankao.tracking.TrackedItemRules;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.TrackingConflict;
import tw.yankao.tracking.TrackingManagement;

/**
 * The pages that create and change a tracked item. Every bad field is named at once: fields that
 * cannot be read are checked by the item rules with the rest. A change made by someone else since
 * the form was opened is a 409 with a link to reload.
 */
@Controller
class TrackedItemFormController {

	private static final String FORM = "tracking/item-form";

	private final TrackingManagement tracking;
	private final AgencyDirectory agencies;
	private final AgencyScope scope;
	private final MessageSource messages;
	private final TrackedItemRules rules;
	private final PlanIndicatorDirectory indicators;

	TrackedItemFormController(TrackingManagement tracking, AgencyDirectory agencies, AgencyScope scope,
			MessageSource messages, CityProfile profile, Clock clock, PlanIndicatorDirectory indicators) {
		this.tracking = tracking;
		this.agencies = agencies;
		this.scope = scope;
		this.messages = messages;
		this.indicators = indicators;
		this.rules = new TrackedItemRules(profile.tracking(), id -> agencies.findById(id).isPresent(), clock,
				(indicator, agency) -> indicators.indicator(indicator).filter(i -> i.agencyId() == agency).isPresent());
	}

	@GetMapping("/tracking/items/new")
	String newItem(Model model) {
		return show(null, ItemForm.empty().withRows(ItemForm.SPARE_ROWS, ItemForm.SPARE_ROWS), new LinkedHashMap<>(), model);
	}

	@PostMapping("/tracking/items/new")
	String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			RedirectAttributes redirect) {
		ItemForm form = ItemForm.read(params);
		if (params.containsKey("addRow")) {
			return addRow(null, form, params.getFirst("addRow"), model);
		}
		try {
			TrackedItem saved = tracking.create(checked(form, null));
			redirect.addFlashAttribute("itemSaved", true);
			return "redirect:/tracking/items/" + saved.id();
		}
		catch (InvalidInput invalid) {
			return show(null, form, errors(form, invalid, locale), model, locale);
		}
	}

	@GetMapping("/tracking/items/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return show(tracking.item(id), ItemForm.of(tracking.item(id)).withRows(1, 1), new LinkedHashMap<>(), model);
	}

	@PostMapping("/tracking/items/{id}/edit")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			RedirectAttributes redirect) {
		TrackedItem item = tracking.item(id);
		ItemForm form = ItemForm.read(params);
		if (params.containsKey("addRow")) {
			return addRow(item, form, params.getFirst("addRow"), model);
		}
		try {
			tracking.update(id, checked(form, item));
			redirect.addFlashAttribute("itemSaved", true);
			return "redirect:/tracking/items/" + id;
		}
		catch (InvalidInput invalid) {
			return show(item, form, errors(form, invalid, locale), model, locale);
		}
	}

	/** The type-specific fields of a type, swapped in by htmx when the type changes. */
	@GetMapping("/tracking/items/details")
	String details(@RequestParam(required = false) String type, Model model) {
		model.addAttribute("form", ItemForm.empty());
		model.addAttribute("detailFields", fieldsOf(type));
		model.addAttribute("errors", new LinkedHashMap<>());
		return FORM + " :: details";
	}

	@ExceptionHandler(TrackingConflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(TrackingConflict conflict, Model model) {
		model.addAttribute("itemId", conflict.itemId());
		return "tracking/conflict";
	}

	private String addRow(TrackedItem item, ItemForm form, String what, Model model) {
		// "indicators" only shows the page again, with the indicators of the owner and years now chosen
		int planned = "planned".equals(what) ? 1 : 0;
		int checkpoints = "checkpoint".equals(what) ? 1 : 0;
		return show(item, form.withRows(planned, checkpoints), new LinkedHashMap<>(), model);
	}

	/**
	 * The entry to save; when a field cannot be read, the rules check the rest so that every bad field
	 * is named together. An item's details that its type's form does not show (added by other code) are kept.
	 */
	private TrackedItemEntry checked(ItemForm form, TrackedItem item) {
		List<FieldError> errors = new ArrayList<>();
		TrackedItemEntry entry = form.entry(errors);
		if (!errors.isEmpty()) {
			Set<String> named = new HashSet<>(errors.stream().map(FieldError::field).toList());
			try {
				rules.check(entry);
			}
			catch (InvalidInput invalid) {
				invalid.errors().stream().filter(e -> !named.contains(e.field())).forEach(errors::add);
			}
			throw new InvalidInput(errors);
		}
		if (item == null) {
			return entry;
		}
		Map<String, String> details = new LinkedHashMap<>(item.details());
		details.putAll(entry.detailFields());
		return new TrackedItemEntry(entry.type(), entry.number(), entry.title(), entry.ownerAgencyId(), entry.coAgencyIds(),
				entry.controlLevel(), entry.responsiblePeople(), entry.startDate(), entry.endDate(), entry.budgetTotal(),
				entry.budgetThisYear(), entry.status(), details, entry.plannedProgress(), entry.checkpoints(), entry.plannedSpending(), entry.indicatorIds(),
				entry.version());
	}

	/** Each bad field of the form with its message, in the reader's language. */
	private Map<String, String> errors(ItemForm form, InvalidInput invalid, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : invalid.errors()) {
			errors.merge(form.formField(error.field()),
					messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale),
					(first, second) -> first + " " + second);
		}
		return errors;
	}

	/** The label of a form field, so that the summary of errors says which field each is about. */
	private Map<String, String> labels(Map<String, String> errors, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		errors.keySet().forEach(field -> {
			int bracket = field.indexOf('[');
			String key = bracket < 0 ? LABELS.getOrDefault(field, field.startsWith("details.")
					? "tracking.detail." + field.substring("details.".length()) : "tracking.form.basics")
					: LABELS.getOrDefault(field.substring(0, bracket), "tracking.form.basics");
			Object[] row = bracket < 0 ? new Object[0]
					: new Object[] { Integer.parseInt(field.substring(bracket + 1, field.indexOf(']'))) + 1 };
			labels.put(field, messages.getMessage(key, row, key, locale));
		});
		return labels;
	}

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("type", "tracking.type"),
			Map.entry("number", "tracking.number"), Map.entry("title", "tracking.title"),
			Map.entry("ownerAgencyId", "tracking.owner"), Map.entry("coAgencyIds", "tracking.co-agencies"),
			Map.entry("controlLevel", "tracking.control-level"), Map.entry("responsiblePeople", "tracking.responsible"),
			Map.entry("startDate", "tracking.form.start"), Map.entry("endDate", "tracking.form.end"),
			Map.entry("budgetTotal", "tracking.form.budget-total"),
			Map.entry("budgetThisYear", "tracking.form.budget-this-year"), Map.entry("status", "tracking.status"),
			Map.entry("plannedMonth", "tracking.form.row-month"), Map.entry("plannedPercent", "tracking.form.row-percent"),
			Map.entry("plannedSpending", "tracking.form.row-spending"),
			Map.entry("checkpointName", "tracking.form.row-checkpoint"),
			Map.entry("checkpointPlanned", "tracking.form.row-planned"),
			Map.entry("checkpointActual", "tracking.form.row-actual"), Map.entry("indicatorIds", "tracking.indicators"));

	private String show(TrackedItem item, ItemForm form, Map<String, String> errors, Model model, Locale locale) {
		model.addAttribute("errorLabels", labels(errors, locale));
		return show(item, form, errors, model);
	}

	private String show(TrackedItem item, ItemForm form, Map<String, String> errors, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", TrackedItemType.values());
		model.addAttribute("levels", ControlLevel.values());
		model.addAttribute("statuses", TrackedItemStatus.values());
		model.addAttribute("detailFields", fieldsOf(form.type()));
		String due = form.details().get(TrackedItemDetails.REPORT_DUE_DATE);
		model.addAttribute("reportDueDate", due == null || item == null ? null : java.time.LocalDate.parse(due));
		List<Agency> all = agencies.all().stream().sorted(Comparator.comparing(Agency::code)).toList();
		model.addAttribute("owners", all.stream().filter(a -> scope.canAccess(a.id())).toList());
		model.addAttribute("allAgencies", all);
		model.addAttribute("indicatorOptions", indicatorOptions(form));
		return FORM;
	}

	/** The indicators of the owner agency's plans for each ROC year from the item's start to its end. */
	private List<PlanIndicatorDirectory.IndicatorSummary> indicatorOptions(ItemForm form) {
		List<FieldError> ignored = new ArrayList<>();
		TrackedItemEntry entry = form.entry(ignored);
		if (entry.ownerAgencyId() == null || entry.startDate() == null) {
			return List.of();
		}
		int first = RocDates.rocYear(entry.startDate());
		int last = entry.endDate() == null || entry.endDate().isBefore(entry.startDate()) ? first
				: Math.min(RocDates.rocYear(entry.endDate()), first + 10);
		List<PlanIndicatorDirectory.IndicatorSummary> options = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			options.addAll(indicators.indicatorsOf(entry.ownerAgencyId(), year));
		}
		return options;
	}

	private static List<DetailField> fieldsOf(String type) {
		try {
			return type == null || type.isBlank() ? List.of()
					: TrackedItemDetails.of(TrackedItemType.valueOf(type)).stream().filter(DetailField::isEntered).toList();
		}
		catch (IllegalArgumentException e) {
			return List.of();
		}
	}

}
