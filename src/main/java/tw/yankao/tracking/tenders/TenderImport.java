package tw.yankao.tracking.tenders;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.csv.CsvFile;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.tracking.ControlLevel;
import tw.yankao.tracking.ProgressEntry;
import tw.yankao.tracking.ProgressReport;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemEntry;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.TrackingManagement;
import tw.yankao.tracking.documents.DocumentImportRejected;
import tw.yankao.tracking.documents.DocumentImportRejected.RowError;
import tw.yankao.tracking.documents.DocumentTable;
import tw.yankao.tracking.internal.ProgressReports;
import tw.yankao.tracking.internal.TrackedItems;

/**
 * Imports the central procurement system's export, upserting by tender number: a new number
 * becomes a TENDER tracked item with the month's planned progress, a known one gets the month's
 * planned and actual progress. Tenders budgeted under the profile's tracking threshold are skipped.
 * All-or-nothing: every row is checked, and the saves go through {@link TrackingManagement} (so
 * the same item and progress rules apply) in one transaction that a single bad row rolls back,
 * after every row's errors are collected.
 */
@Service
public class TenderImport {

	/** How many checked rows a preview shows. */
	public static final int PREVIEW_ROWS = 10;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * @param rows the checked rows
	 * @param preview the first {@link #PREVIEW_ROWS} of them
	 * @param created tenders new to the database, 0 for a preview
	 * @param updated known tenders whose planned or actual progress changed, 0 for a preview
	 * @param skipped rows of tenders budgeted under the tracking threshold, 0 for a preview
	 */
	public record Result(int rows, List<TenderRow> preview, int created, int updated, int skipped) {
	}

	private final AgencyDirectory agencies;
	private final AgencyScope scope;
	private final TrackingManagement tracking;
	private final TrackedItems items;
	private final ProgressReports reports;
	private final ApplicationEventPublisher events;
	private final long threshold;

	TenderImport(AgencyDirectory agencies, AgencyScope scope, TrackingManagement tracking, TrackedItems items,
			ProgressReports reports, ApplicationEventPublisher events, CityProfile profile) {
		this.agencies = agencies;
		this.scope = scope;
		this.tracking = tracking;
		this.items = items;
		this.reports = reports;
		this.events = events;
		this.threshold = profile.tracking().tenderTrackingThreshold();
	}

	/** Checks a file without storing anything. */
	public Result preview(byte[] bytes) {
		List<TenderRow> rows = check(bytes);
		return new Result(rows.size(), preview(rows), 0, 0, 0);
	}

	/** @throws DocumentImportRejected listing every bad row; nothing is stored then */
	@Transactional
	public Result importFile(String fileName, byte[] bytes) {
		List<TenderRow> checked = check(bytes);
		// Month order per tender, so that each month's progress is checked against the one before.
		Map<String, List<TenderRow>> byTender = new TreeMap<>();
		for (TenderRow row : checked) {
			byTender.computeIfAbsent(row.number(), n -> new ArrayList<>()).add(row);
		}
		List<RowError> errors = new ArrayList<>();
		int created = 0;
		int updated = 0;
		int skipped = 0;
		for (List<TenderRow> months : byTender.values()) {
			months.sort(Comparator.comparing(TenderRow::month));
			TenderRow first = months.get(0);
			if (first.budget().compareTo(BigDecimal.valueOf(threshold)) < 0) {
				skipped += months.size();
				continue;
			}
			Optional<TrackedItem> existing = items.findByNumber(first.number());
			if (existing.isPresent() && existing.get().type() != TrackedItemType.TENDER) {
				errors.add(new RowError(first.line(), TenderColumn.NUMBER.label(), "tracking.tenders.not-a-tender",
						first.number()));
				continue;
			}
			boolean changed = apply(months, existing, errors);
			if (existing.isEmpty()) {
				created++;
			}
			else if (changed) {
				updated++;
			}
		}
		if (!errors.isEmpty()) {
			throw new DocumentImportRejected(errors);
		}
		events.publishEvent(new DataChanged("tender-import", fileName, "IMPORT", null,
				Map.of("rows", checked.size(), "created", created, "updated", updated, "skipped", skipped)));
		return new Result(checked.size(), preview(checked), created, updated, skipped);
	}

	/**
	 * Saves one tender's months: the item once with every month's planned progress, then each month's
	 * report. False when the item already held exactly this; the rows' errors go to {@code errors}.
	 */
	private boolean apply(List<TenderRow> months, Optional<TrackedItem> existing, List<RowError> errors) {
		TrackedItem item = existing.orElse(null);
		boolean change = false;
		try {
			if (item == null) {
				item = tracking.create(newTender(months.get(0), planned(Map.of(), months)));
			}
			else if (months.stream().anyMatch(row -> differs(existing.get().plannedProgress().get(row.month()), row.planned()))) {
				item = tracking.update(item.id(), withPlanned(item, planned(item.plannedProgress(), months)));
				change = true;
			}
		}
		catch (InvalidInput invalid) {
			invalid.errors().forEach(e -> errors.add(error(rowOf(e.field(), months), e)));
			return false;
		}
		for (TenderRow row : months) {
			if (row.actual() == null) {
				continue;
			}
			Optional<ProgressReport> report = reports.find(item.id(), row.month());
			if (report.isEmpty() || differs(report.get().actualPercent(), row.actual())) {
				try {
					tracking.report(item.id(), new ProgressEntry(row.month().toString(), row.actual(), null, null, null, null,
							false, null, report.map(ProgressReport::version).orElse(null)));
					change = true;
				}
				catch (InvalidInput invalid) {
					invalid.errors().forEach(e -> errors.add(error(row, e)));
				}
			}
		}
		return change;
	}

	private static boolean differs(BigDecimal stored, BigDecimal imported) {
		return stored == null || stored.compareTo(imported) != 0;
	}

	private static Map<YearMonth, BigDecimal> planned(Map<YearMonth, BigDecimal> stored, List<TenderRow> months) {
		Map<YearMonth, BigDecimal> planned = new TreeMap<>(stored);
		months.forEach(row -> planned.put(row.month(), row.planned()));
		return planned;
	}

	/** The row an item field error is about: the month's row for planned progress, else the first. */
	private static TenderRow rowOf(String field, List<TenderRow> months) {
		return months.stream()
			.filter(row -> field.equals("plannedProgress." + row.month()))
			.findFirst()
			.orElse(months.get(0));
	}

	private static RowError error(TenderRow row, InvalidInput.FieldError e) {
		return new RowError(row.line(), column(e.field()).label(), e.messageKey(), e.arguments());
	}

	private static TrackedItemEntry newTender(TenderRow row, Map<YearMonth, BigDecimal> planned) {
		int year = row.month().getYear();
		Map<String, String> details = row.award() == null ? Map.of() : Map.of("awardAmount", row.award().toPlainString());
		return new TrackedItemEntry(TrackedItemType.TENDER, row.number(), row.title(), row.agencyId(), List.of(),
				ControlLevel.AGENCY, row.title(), YearMonth.of(year, 1).atDay(1), YearMonth.of(year, 12).atEndOfMonth(),
				row.budget(), row.budget(), TrackedItemStatus.TRACKED, details, planned, List.of(),
				null);
	}

	private static TrackedItemEntry withPlanned(TrackedItem item, Map<YearMonth, BigDecimal> planned) {
		return new TrackedItemEntry(item.type(), item.number(), item.title(), item.ownerAgencyId(), item.coAgencyIds(),
				item.controlLevel(), item.responsiblePeople(), item.startDate(), item.endDate(), item.budgetTotal(),
				item.budgetThisYear(), item.status(), item.details(), planned, item.checkpoints(), item.version());
	}

	/** The file's column that an item or progress field error is about. */
	private static TenderColumn column(String field) {
		if (field.startsWith("plannedProgress")) {
			return TenderColumn.PLANNED;
		}
		if (field.startsWith("budget")) {
			return TenderColumn.BUDGET;
		}
		if (field.equals("actualPercent") || field.equals("correctionReason")) {
			return TenderColumn.ACTUAL;
		}
		if (field.equals("ownerAgencyId")) {
			return TenderColumn.AGENCY;
		}
		if (field.equals("title") || field.equals("responsiblePeople")) {
			return TenderColumn.TITLE;
		}
		return field.equals("month") ? TenderColumn.MONTH : TenderColumn.NUMBER;
	}

	private static List<TenderRow> preview(List<TenderRow> rows) {
		return List.copyOf(rows.subList(0, Math.min(PREVIEW_ROWS, rows.size())));
	}

	private List<TenderRow> check(byte[] bytes) {
		DocumentTable table = DocumentTable.read(bytes);
		List<RowError> errors = new ArrayList<>();
		Map<TenderColumn, Integer> columns = new EnumMap<>(TenderColumn.class);
		for (TenderColumn column : TenderColumn.values()) {
			int index = table.column(column.names.toArray(String[]::new));
			if (index < 0 && column.required) {
				errors.add(new RowError(1, column.label(), "tracking.tenders.missing-column", column.label()));
			}
			columns.put(column, index);
		}
		if (table.rows().isEmpty() && errors.isEmpty()) {
			errors.add(new RowError(0, "", "tracking.tenders.empty"));
		}
		if (!errors.isEmpty()) {
			throw new DocumentImportRejected(errors);
		}
		Map<String, Agency> agencyByKey = agencies.byCodeAndChineseName();
		Map<String, Integer> lineOfKey = new HashMap<>();
		List<TenderRow> rows = new ArrayList<>(table.rows().size());
		for (CsvFile.Row row : table.rows()) {
			TenderRowReader reader = new TenderRowReader(row, columns, errors);
			reader.tender(agencyByKey, scope::canAccess).ifPresent(tender -> {
				Integer first = lineOfKey.putIfAbsent(tender.number() + "@" + tender.month(), row.line());
				if (first != null) {
					reader.error(TenderColumn.NUMBER, "tracking.tenders.duplicate", tender.number(), first);
				}
				else {
					rows.add(tender);
				}
			});
		}
		if (!errors.isEmpty()) {
			throw new DocumentImportRejected(errors);
		}
		return rows;
	}

	static boolean isPercent(BigDecimal value) {
		return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
	}

}
