package tw.yankao.tracking.tenders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;

import tw.yankao.shared.web.InvalidInput;
import tw.yankao.tracking.ControlLevel;
import tw.yankao.tracking.ProgressEntry;
import tw.yankao.tracking.ProgressReport;
import tw.yankao.tracking.ProgressRules;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemEntry;
import tw.yankao.tracking.TrackedItemRules;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.documents.DocumentImportRejected.RowError;

/**
 * What one import file changes, worked out in memory before anything is written: each tender's
 * item goes through the same {@link TrackedItemRules} and each month's progress through the same
 * {@link ProgressRules} as an entry typed in by hand, and every broken rule becomes a row error.
 * Only what differs from the stored state is kept, so that re-importing a file changes nothing.
 */
final class TenderBatch {

	/** A month's report of a tender, known by number because a new tender has no id yet. */
	record PendingReport(String number, ProgressReport report) {
	}

	/** A month's planned cumulative progress of a tender, percent 0–100. */
	record PendingPlanned(String number, YearMonth month, BigDecimal percent) {
	}

	final List<RowError> errors = new ArrayList<>();
	final List<TrackedItemEntry> newItems = new ArrayList<>();
	final List<PendingPlanned> planned = new ArrayList<>();
	final List<PendingReport> reports = new ArrayList<>();
	/** Ids of the file's tenders that are already stored, by number. */
	final Map<String, Long> knownIds = new HashMap<>();
	/** Known items whose planned progress changes. */
	final Set<Long> changedItems = new HashSet<>();
	int created;
	int updated;

	private final TrackedItemRules itemRules;
	private final ProgressRules progressRules;
	private final LongPredicate inScope;
	private final Instant now;

	TenderBatch(TrackedItemRules itemRules, ProgressRules progressRules, LongPredicate inScope, Instant now) {
		this.itemRules = itemRules;
		this.progressRules = progressRules;
		this.inScope = inScope;
		this.now = now;
	}

	/**
	 * Adds one tender's months, in month order.
	 *
	 * @param existing the stored item with this number, if any
	 * @param stored the stored item's reports in month order, empty for a new tender
	 */
	void add(List<TenderRow> months, Optional<TrackedItem> existing, List<ProgressReport> stored) {
		TenderRow first = months.get(0);
		if (existing.isPresent() && existing.get().type() != TrackedItemType.TENDER) {
			errors.add(new RowError(first.line(), TenderColumn.NUMBER.label(), "tracking.tenders.not-a-tender", first.number()));
			return;
		}
		if (existing.isPresent() && !inScope.test(existing.get().ownerAgencyId())) {
			errors.add(new RowError(first.line(), TenderColumn.NUMBER.label(), "tracking.tenders.item-outside-scope", first.number()));
			return;
		}
		existing.ifPresent(known -> knownIds.put(known.number(), known.id()));
		Optional<TrackedItem> item = existing.isEmpty() ? create(months) : plan(existing.get(), months);
		if (item.isEmpty()) {
			return;
		}
		boolean reported = report(item.get(), months, stored);
		if (existing.isEmpty()) {
			created++;
		}
		else if (reported || changedItems.contains(existing.get().id())) {
			updated++;
		}
	}

	private Optional<TrackedItem> create(List<TenderRow> months) {
		TrackedItemEntry entry = newTender(months.get(0), planned(new TreeMap<>(), months));
		if (!checked(entry, months)) {
			return Optional.empty();
		}
		newItems.add(entry);
		entry.planned().forEach((month, percent) -> planned.add(new PendingPlanned(entry.number(), month, percent)));
		return Optional.of(new TrackedItem(0, entry.type(), entry.number(), entry.title(), entry.ownerAgencyId(), List.of(),
				entry.controlLevel(), entry.responsiblePeople(), entry.startDate(), entry.endDate(), entry.budgetTotal(),
				entry.budgetThisYear(), entry.status(), entry.detailFields(), new TreeMap<>(entry.planned()), List.of(), new TreeMap<>(), List.of(), 0));
	}

	/** The stored item with the file's planned progress merged in. */
	private Optional<TrackedItem> plan(TrackedItem item, List<TenderRow> months) {
		List<TenderRow> changed = months.stream().filter(row -> differs(item.plannedProgress().get(row.month()), row.planned()))
			.toList();
		if (changed.isEmpty()) {
			return Optional.of(item);
		}
		TreeMap<YearMonth, BigDecimal> merged = planned(new TreeMap<>(item.plannedProgress()), months);
		TrackedItemEntry entry = new TrackedItemEntry(item.type(), item.number(), item.title(), item.ownerAgencyId(),
				item.coAgencyIds(), item.controlLevel(), item.responsiblePeople(), item.startDate(), item.endDate(),
				item.budgetTotal(), item.budgetThisYear(), item.status(), item.details(), merged, item.checkpoints(), item.plannedSpending(), null,
				item.version());
		if (!checked(entry, months)) {
			return Optional.empty();
		}
		changedItems.add(item.id());
		changed.forEach(row -> planned.add(new PendingPlanned(item.number(), row.month(), row.planned())));
		return Optional.of(new TrackedItem(item.id(), item.type(), item.number(), item.title(), item.ownerAgencyId(),
				item.coAgencyIds(), item.controlLevel(), item.responsiblePeople(), item.startDate(), item.endDate(),
				item.budgetTotal(), item.budgetThisYear(), item.status(), item.details(), merged, item.checkpoints(), item.plannedSpending(), item.indicatorIds(),
				item.version()));
	}

	/** Each month's actual progress that differs from the stored report; false when none does. */
	private boolean report(TrackedItem item, List<TenderRow> months, List<ProgressReport> stored) {
		TreeMap<YearMonth, ProgressReport> byMonth = new TreeMap<>();
		stored.forEach(r -> byMonth.put(r.month(), r));
		boolean changed = false;
		for (TenderRow row : months) {
			ProgressReport before = byMonth.get(row.month());
			if (row.actual() == null || (before != null && !differs(before.actualPercent(), row.actual()))) {
				continue;
			}
			// the export carries percentages only: what the agency wrote about the month is kept
			ProgressEntry entry = before == null
					? new ProgressEntry(row.month().toString(), row.actual(), null, null, null, null, false, null, null)
					: new ProgressEntry(row.month().toString(), row.actual(), before.spending(), before.narrative(),
							before.problems(), before.countermeasures(), before.needsCoordination(),
							before.correctionReason(), before.version());
			Map.Entry<YearMonth, ProgressReport> previous = byMonth.lowerEntry(row.month());
			try {
				ProgressReport report = progressRules.report(item, entry, Optional.ofNullable(before),
						Optional.ofNullable(previous).map(Map.Entry::getValue), now);
				byMonth.put(row.month(), report);
				reports.add(new PendingReport(item.number(), report));
				changed = true;
			}
			catch (InvalidInput invalid) {
				invalid.errors().forEach(e -> errors.add(error(row, e)));
			}
		}
		return changed;
	}

	private boolean checked(TrackedItemEntry entry, List<TenderRow> months) {
		try {
			itemRules.check(entry);
			return true;
		}
		catch (InvalidInput invalid) {
			invalid.errors().forEach(e -> errors.add(error(rowOf(e.field(), months), e)));
			return false;
		}
	}

	private static boolean differs(BigDecimal stored, BigDecimal imported) {
		return stored == null || stored.compareTo(imported) != 0;
	}

	private static TreeMap<YearMonth, BigDecimal> planned(TreeMap<YearMonth, BigDecimal> stored, List<TenderRow> months) {
		months.forEach(row -> stored.put(row.month(), row.planned()));
		return stored;
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
				row.budget(), row.budget(), TrackedItemStatus.TRACKED, details, planned, List.of(), null, null, null);
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

}
