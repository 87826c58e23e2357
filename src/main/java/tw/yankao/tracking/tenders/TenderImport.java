package tw.yankao.tracking.tenders;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.csv.CsvFile;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.TrackingRules;
import tw.yankao.tracking.ProgressReport;
import tw.yankao.tracking.ProgressRules;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemRules;
import tw.yankao.tracking.documents.DocumentImportRejected;
import tw.yankao.tracking.documents.DocumentImportRejected.RowError;
import tw.yankao.tracking.documents.DocumentTable;
import tw.yankao.tracking.internal.BulkWrites;
import tw.yankao.tracking.internal.ProgressReports;
import tw.yankao.tracking.internal.TrackedItems;

/**
 * Imports the central procurement system's export, upserting by tender number: a new number
 * becomes a TENDER tracked item with the month's planned progress, a known one gets the month's
 * planned and actual progress. Tenders budgeted under the profile's tracking threshold are skipped.
 * All-or-nothing: every row is checked in memory against the stored tenders (locked meanwhile) by
 * the same item and progress rules as {@link tw.yankao.tracking.TrackingManagement} applies, and
 * only a file without errors is written, through COPY and one set-based upsert per table
 * ({@link BulkWrites}). The import is audited as one change listing its counts.
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
	private final TrackedItems items;
	private final ProgressReports reports;
	private final BulkWrites bulk;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TrackingRules rules;
	private final ProgressRules progressRules;
	private final long threshold;

	TenderImport(AgencyDirectory agencies, AgencyScope scope, TrackedItems items, ProgressReports reports,
			BulkWrites bulk, ApplicationEventPublisher events, Clock clock, CityProfile profile) {
		this.agencies = agencies;
		this.scope = scope;
		this.items = items;
		this.reports = reports;
		this.bulk = bulk;
		this.events = events;
		this.clock = clock;
		this.rules = profile.tracking();
		this.progressRules = new ProgressRules(profile);
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
		int skipped = 0;
		for (TenderRow row : checked) {
			byTender.computeIfAbsent(row.number(), n -> new ArrayList<>()).add(row);
		}
		for (var tender = byTender.values().iterator(); tender.hasNext();) {
			List<TenderRow> months = tender.next();
			months.sort(Comparator.comparing(TenderRow::month));
			if (months.get(0).budget().compareTo(BigDecimal.valueOf(threshold)) < 0) {
				skipped += months.size();
				tender.remove();
			}
		}
		TenderBatch batch = batch(byTender);
		if (!batch.errors.isEmpty()) {
			batch.errors.sort(Comparator.comparingInt(RowError::line));
			throw new DocumentImportRejected(batch.errors);
		}
		write(batch);
		events.publishEvent(new DataChanged("tender-import", fileName, "IMPORT", null,
				Map.of("rows", checked.size(), "created", batch.created, "updated", batch.updated, "skipped", skipped)));
		return new Result(checked.size(), preview(checked), batch.created, batch.updated, skipped);
	}

	/** Every tender checked against what is stored, which stays locked until the import commits. */
	private TenderBatch batch(Map<String, List<TenderRow>> byTender) {
		Map<String, TrackedItem> known = items.lockByNumbers(byTender.keySet());
		Map<Long, List<ProgressReport>> stored = reports.ofItems(known.values().stream().map(TrackedItem::id).toList());
		Set<Long> agencyIds = agencies.all().stream().map(Agency::id).collect(Collectors.toSet());
		TenderBatch batch = new TenderBatch(new TrackedItemRules(rules, agencyIds::contains, clock), progressRules,
				scope::canAccess, clock.instant());
		byTender.forEach((number, months) -> {
			Optional<TrackedItem> item = Optional.ofNullable(known.get(number));
			batch.add(months, item, item.map(i -> stored.getOrDefault(i.id(), List.of())).orElse(List.of()));
		});
		return batch;
	}

	/** Writes a checked batch: new items, then planned progress and reports, each in one statement. */
	private void write(TenderBatch batch) {
		Map<String, Long> ids = new HashMap<>(batch.knownIds);
		ids.putAll(bulk.insertItems(batch.newItems, clock.instant()));
		bulk.touch(batch.changedItems, clock.instant());
		bulk.upsertPlanned(batch.planned.stream()
			.map(p -> new BulkWrites.Planned(ids.get(p.number()), p.month(), p.percent())).toList());
		bulk.upsertReports(batch.reports.stream().map(p -> withItem(p.report(), ids.get(p.number()))).toList());
	}

	private static ProgressReport withItem(ProgressReport r, long itemId) {
		return new ProgressReport(r.id(), itemId, r.month(), r.actualPercent(), r.plannedPercent(), r.lagPoints(),
				r.lagClass(), r.spending(), r.narrative(), r.problems(), r.countermeasures(), r.needsCoordination(),
				r.correctionReason(), r.submittedAt(), r.late(), r.version());
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
