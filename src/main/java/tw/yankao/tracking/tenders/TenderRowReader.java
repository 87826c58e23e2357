package tw.yankao.tracking.tenders;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

import tw.yankao.org.Agency;
import tw.yankao.shared.csv.CsvFile;
import tw.yankao.shared.time.RocDates;
import tw.yankao.tracking.documents.DocumentImportRejected.RowError;

/** Reads one row of a procurement export, adding an error for each bad field. */
final class TenderRowReader {

	private final CsvFile.Row row;
	private final Map<TenderColumn, Integer> columns;
	private final List<RowError> errors;
	private final int errorsBefore;

	TenderRowReader(CsvFile.Row row, Map<TenderColumn, Integer> columns, List<RowError> errors) {
		this.row = row;
		this.columns = columns;
		this.errors = errors;
		this.errorsBefore = errors.size();
	}

	Optional<TenderRow> tender(Map<String, Agency> agencyByKey, LongPredicate inScope) {
		String number = text(TenderColumn.NUMBER);
		if (number.isEmpty() || number.length() > 64) {
			error(TenderColumn.NUMBER, "tracking.tenders.bad-number", number);
		}
		String title = text(TenderColumn.TITLE);
		if (title.isEmpty()) {
			error(TenderColumn.TITLE, "tracking.tenders.required");
		}
		Agency agency = agencyByKey.get(text(TenderColumn.AGENCY));
		if (agency == null) {
			error(TenderColumn.AGENCY, "tracking.tenders.unknown-agency", text(TenderColumn.AGENCY));
		}
		else if (!inScope.test(agency.id())) {
			error(TenderColumn.AGENCY, "tracking.tenders.outside-scope", text(TenderColumn.AGENCY));
		}
		BigDecimal budget = amount(TenderColumn.BUDGET, true);
		BigDecimal award = amount(TenderColumn.AWARD, false);
		YearMonth month = month();
		BigDecimal planned = percent(TenderColumn.PLANNED, true);
		BigDecimal actual = percent(TenderColumn.ACTUAL, false);
		if (errors.size() > errorsBefore) {
			return Optional.empty();
		}
		return Optional.of(new TenderRow(row.line(), number, title, agency.id(), budget, award, month, planned, actual));
	}

	void error(TenderColumn column, String key, Object... arguments) {
		errors.add(new RowError(row.line(), column.label(), key, arguments));
	}

	private String text(TenderColumn column) {
		int index = columns.get(column);
		return index < 0 ? "" : row.field(index);
	}

	private YearMonth month() {
		Integer rocYear = integer(TenderColumn.YEAR);
		Integer month = integer(TenderColumn.MONTH);
		if (rocYear == null || rocYear < 1 || rocYear > 200) {
			error(TenderColumn.YEAR, "tracking.tenders.bad-year", text(TenderColumn.YEAR));
			return null;
		}
		if (month == null || month < 1 || month > 12) {
			error(TenderColumn.MONTH, "tracking.tenders.bad-month", text(TenderColumn.MONTH));
			return null;
		}
		return YearMonth.of(RocDates.toGregorianYear(rocYear), month);
	}

	private Integer integer(TenderColumn column) {
		try {
			return Integer.valueOf(text(column));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** NT$, thousands separators allowed. */
	private BigDecimal amount(TenderColumn column, boolean required) {
		String text = text(column).replace(",", "");
		if (text.isEmpty() && !required) {
			return null;
		}
		BigDecimal value = number(text);
		if (value == null || value.signum() < 0) {
			error(column, "tracking.tenders.bad-amount", text(column));
			return null;
		}
		return value;
	}

	/** Cumulative percent, a trailing % allowed. */
	private BigDecimal percent(TenderColumn column, boolean required) {
		String text = text(column).replace("%", "").strip();
		if (text.isEmpty() && !required) {
			return null;
		}
		BigDecimal value = number(text);
		if (value == null || !TenderImport.isPercent(value)) {
			error(column, "tracking.tenders.bad-percent", text(column));
			return null;
		}
		return value;
	}

	private static BigDecimal number(String text) {
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
