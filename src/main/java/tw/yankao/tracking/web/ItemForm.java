package tw.yankao.tracking.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.util.MultiValueMap;

import tw.yankao.shared.web.InvalidInput.FieldError;
import tw.yankao.tracking.ControlLevel;
import tw.yankao.tracking.DetailField;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemDetails;
import tw.yankao.tracking.TrackedItemEntry;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;

/**
 * The tracked item form, every field as typed so that a mistyped number or date is named like any
 * other error. Planned months and checkpoints are rows of parallel lists; a row left blank is no row.
 * Type-specific fields come as {@code details.<key>}.
 */
record ItemForm(String type, String number, String title, String ownerAgencyId, List<String> coAgencyIds,
		String controlLevel, String responsiblePeople, String startDate, String endDate, String budgetTotal,
		String budgetThisYear, String status, List<String> plannedMonth, List<String> plannedPercent,
		List<String> plannedSpending, 		List<String> checkpointName, List<String> checkpointPlanned, List<String> checkpointActual,
		List<String> indicatorIds, Map<String, String> details, Integer version) {

	/** Blank rows a form offers beyond the filled ones. */
	static final int SPARE_ROWS = 2;

	static ItemForm empty() {
		return new ItemForm(TrackedItemType.SPECIAL_PROJECT.name(), "", "", "", List.of(), ControlLevel.AGENCY.name(), "", "",
				"", "", "", TrackedItemStatus.TRACKED.name(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(),
				null);
	}

	static ItemForm of(TrackedItem item) {
		List<String> months = item.plannedProgress().keySet().stream().map(YearMonth::toString).toList();
		List<String> percents = item.plannedProgress().values().stream().map(ItemForm::plain).toList();
		List<String> spending = item.plannedProgress().keySet().stream().map(m -> plain(item.plannedSpending().get(m))).toList();
		return new ItemForm(item.type().name(), item.number(), item.title(), String.valueOf(item.ownerAgencyId()),
				item.coAgencyIds().stream().map(String::valueOf).toList(), item.controlLevel().name(),
				item.responsiblePeople(), item.startDate().toString(), item.endDate().toString(), plain(item.budgetTotal()),
				plain(item.budgetThisYear()), item.status().name(), months, percents, spending,
				item.checkpoints().stream().map(TrackedItem.Checkpoint::name).toList(),
				item.checkpoints().stream().map(c -> c.plannedDate().toString()).toList(),
				item.checkpoints().stream().map(c -> c.actualDate() == null ? "" : c.actualDate().toString()).toList(),
				item.indicatorIds().stream().map(String::valueOf).toList(), item.details(), item.version());
	}

	static ItemForm read(MultiValueMap<String, String> params) {
		Map<String, String> details = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith("details.") && !values.isEmpty()) {
				// a checkbox comes after its hidden "false": the last value wins
				details.put(name.substring("details.".length()), values.get(values.size() - 1));
			}
		});
		String version = params.getFirst("version");
		return new ItemForm(params.getFirst("type"), params.getFirst("number"), params.getFirst("title"),
				params.getFirst("ownerAgencyId"), list(params, "coAgencyIds"), params.getFirst("controlLevel"),
				params.getFirst("responsiblePeople"), params.getFirst("startDate"), params.getFirst("endDate"),
				params.getFirst("budgetTotal"), params.getFirst("budgetThisYear"), params.getFirst("status"),
				list(params, "plannedMonth"), list(params, "plannedPercent"), list(params, "plannedSpending"), list(params, "checkpointName"),
				list(params, "checkpointPlanned"), list(params, "checkpointActual"), list(params, "indicatorIds"), details,
				version == null || version.isBlank() ? null : Integer.valueOf(version));
	}

	/** The form with {@code extra} more blank rows of planned months and checkpoints. */
	ItemForm withRows(int extraPlanned, int extraCheckpoints) {
		return new ItemForm(type, number, title, ownerAgencyId, coAgencyIds, controlLevel, responsiblePeople, startDate,
				endDate, budgetTotal, budgetThisYear, status, padded(plannedMonth, extraPlanned),
				padded(plannedPercent, extraPlanned), padded(plannedSpending, extraPlanned), padded(checkpointName, extraCheckpoints),
				padded(checkpointPlanned, extraCheckpoints), padded(checkpointActual, extraCheckpoints), indicatorIds, details, version);
	}

	/** The number of planned rows and checkpoint rows to show (filled rows plus spares). */
	public int plannedRows() {
		return Math.max(plannedMonth.size(), Math.max(plannedPercent.size(), plannedSpending.size()));
	}

	public int checkpointRows() {
		return Math.max(checkpointName.size(), Math.max(checkpointPlanned.size(), checkpointActual.size()));
	}

	/** The selected type, null when none or unknown. */
	TrackedItemType selectedType() {
		return parse(type, TrackedItemType::valueOf);
	}

	/**
	 * The entry the form describes; what cannot be read becomes null and an error in {@code errors},
	 * so that the rules can still name every other bad field.
	 */
	TrackedItemEntry entry(List<FieldError> errors) {
		TrackedItemType itemType = enumValue(errors, "type", type, TrackedItemType::valueOf);
		return new TrackedItemEntry(itemType, number, title, id(errors, "ownerAgencyId", ownerAgencyId), coAgencies(errors),
				enumValue(errors, "controlLevel", controlLevel, ControlLevel::valueOf), responsiblePeople,
				date(errors, "startDate", startDate), date(errors, "endDate", endDate),
				amount(errors, "budgetTotal", budgetTotal), amount(errors, "budgetThisYear", budgetThisYear),
				enumValue(errors, "status", status, TrackedItemStatus::valueOf), enteredDetails(itemType),
				planned(errors), checkpoints(errors), spending(errors), indicators(errors), version);
	}

	/** Only the selected type's entered fields: another type's fields left on the page do not count. */
	private Map<String, String> enteredDetails(TrackedItemType itemType) {
		Map<String, String> entered = new LinkedHashMap<>();
		if (itemType != null) {
			TrackedItemDetails.of(itemType).stream().filter(DetailField::isEntered)
				.forEach(field -> entered.put(field.key(), details.getOrDefault(field.key(), "")));
		}
		return entered;
	}

	private Map<YearMonth, BigDecimal> planned(List<FieldError> errors) {
		Map<YearMonth, BigDecimal> planned = new TreeMap<>();
		for (int row = 0; row < plannedRows(); row++) {
			String month = cell(plannedMonth, row);
			String percent = cell(plannedPercent, row);
			if (month.isEmpty() && percent.isEmpty() && cell(plannedSpending, row).isEmpty()) {
				continue;
			}
			YearMonth parsed = parse(month, YearMonth::parse);
			if (parsed == null) {
				errors.add(new FieldError("plannedMonth[" + row + "]", "tracking.field.month", month));
				continue;
			}
			if (planned.containsKey(parsed)) {
				errors.add(new FieldError("plannedMonth[" + row + "]", "tracking.item.month-twice", month));
			}
			planned.put(parsed, amount(errors, "plannedPercent[" + row + "]", percent));
		}
		return planned;
	}

	/** The monthly allocation by month, of the rows whose month can be read; a blank amount is none. */
	private Map<YearMonth, BigDecimal> spending(List<FieldError> errors) {
		Map<YearMonth, BigDecimal> spending = new TreeMap<>();
		for (int row = 0; row < plannedRows(); row++) {
			YearMonth month = parse(cell(plannedMonth, row), YearMonth::parse);
			BigDecimal amount = amount(errors, "plannedSpending[" + row + "]", cell(plannedSpending, row));
			if (month != null && amount != null) {
				spending.put(month, amount);
			}
		}
		return spending;
	}

	private List<TrackedItem.Checkpoint> checkpoints(List<FieldError> errors) {
		List<TrackedItem.Checkpoint> checkpoints = new ArrayList<>();
		for (int row = 0; row < checkpointRows(); row++) {
			String name = cell(checkpointName, row);
			String planned = cell(checkpointPlanned, row);
			String actual = cell(checkpointActual, row);
			if (name.isEmpty() && planned.isEmpty() && actual.isEmpty()) {
				continue;
			}
			if (name.isEmpty()) {
				errors.add(new FieldError("checkpointName[" + row + "]", "tracking.field.required"));
			}
			LocalDate plannedDate = planned.isEmpty() ? null : date(errors, "checkpointPlanned[" + row + "]", planned);
			if (planned.isEmpty()) {
				errors.add(new FieldError("checkpointPlanned[" + row + "]", "tracking.field.required"));
			}
			LocalDate actualDate = date(errors, "checkpointActual[" + row + "]", actual);
			if (!name.isEmpty() && plannedDate != null) {
				checkpoints.add(new TrackedItem.Checkpoint(name, plannedDate, actualDate));
			}
		}
		return checkpoints;
	}

	private List<Long> indicators(List<FieldError> errors) {
		List<Long> ids = new ArrayList<>();
		for (String id : indicatorIds) {
			if (!id.isBlank()) {
				Long parsed = parse(id, Long::valueOf);
				if (parsed == null) {
					errors.add(new FieldError("indicatorIds", "tracking.item.unknown-indicator", id));
				}
				else {
					ids.add(parsed);
				}
			}
		}
		return ids;
	}

	/** Whether the indicator is among those linked. */
	public boolean linked(long indicatorId) {
		return indicatorIds.contains(String.valueOf(indicatorId));
	}

	private List<Long> coAgencies(List<FieldError> errors) {
		List<Long> ids = new ArrayList<>();
		for (String id : coAgencyIds) {
			if (!id.isBlank()) {
				ids.add(id(errors, "coAgencyIds", id));
			}
		}
		return ids;
	}

	private static Long id(List<FieldError> errors, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Long id = parse(text, Long::valueOf);
		if (id == null) {
			errors.add(new FieldError(field, "tracking.item.unknown-agency", text));
		}
		return id;
	}

	private static LocalDate date(List<FieldError> errors, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date = parse(text, LocalDate::parse);
		if (date == null) {
			errors.add(new FieldError(field, "tracking.field.date", text));
		}
		return date;
	}

	private static BigDecimal amount(List<FieldError> errors, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BigDecimal amount = parse(text.replace(",", ""), BigDecimal::new);
		if (amount == null) {
			errors.add(new FieldError(field, "tracking.field.number", text));
		}
		return amount;
	}

	private static <E> E enumValue(List<FieldError> errors, String field, String text, Function<String, E> valueOf) {
		if (text == null || text.isBlank()) {
			return null;
		}
		E value = parse(text, valueOf);
		if (value == null) {
			errors.add(new FieldError(field, "tracking.detail.bad-value", text));
		}
		return value;
	}

	private static <T> T parse(String text, Function<String, T> parser) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * The form's field that a rule's error is about: rules name planned progress by month and
	 * checkpoints by their position among the filled rows, the form by row.
	 */
	String formField(String ruleField) {
		if (ruleField == null) {
			return "";
		}
		for (String[] rule : new String[][] { { "plannedProgress.", "plannedPercent" }, { "plannedSpending.", "plannedSpending" } }) {
			if (ruleField.startsWith(rule[0])) {
				String month = ruleField.substring(rule[0].length());
				for (int row = 0; row < plannedRows(); row++) {
					if (cell(plannedMonth, row).equals(month)) {
						return rule[1] + "[" + row + "]";
					}
				}
			}
		}
		if (ruleField.startsWith("checkpoints[")) {
			int index = Integer.parseInt(ruleField.substring("checkpoints[".length(), ruleField.indexOf(']')));
			String part = ruleField.endsWith(".name") ? "checkpointName" : "checkpointPlanned";
			int filled = -1;
			for (int row = 0; row < checkpointRows(); row++) {
				if (!(cell(checkpointName, row) + cell(checkpointPlanned, row) + cell(checkpointActual, row)).isEmpty()
						&& ++filled == index) {
					return part + "[" + row + "]";
				}
			}
		}
		return ruleField;
	}

	/** The row's value of one of the form's row lists, empty when the row has none. */
	public String at(List<String> values, int row) {
		return cell(values, row);
	}

	static String cell(List<String> values, int row) {
		return row < values.size() && values.get(row) != null ? values.get(row).strip() : "";
	}

	private static List<String> list(MultiValueMap<String, String> params, String name) {
		List<String> values = params.get(name);
		return values == null ? List.of() : List.copyOf(values);
	}

	private static List<String> padded(List<String> values, int extra) {
		List<String> padded = new ArrayList<>(values);
		for (int i = 0; i < extra; i++) {
			padded.add("");
		}
		return padded;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

}
