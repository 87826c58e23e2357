package tw.yankao.shared.calendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tw.yankao.shared.csv.CsvFile;

/**
 * Where each column of a calendar file is, taken from its header row, so that an extra or
 * reordered column does not break the import.
 */
final class CalendarColumns {

	static final List<String> HEADER = List.of(CalendarCsv.DATE, CalendarCsv.WEEKDAY, CalendarCsv.FLAG, CalendarCsv.NOTE);

	private final Map<String, Integer> index;

	private final int requiredWidth;

	private CalendarColumns(Map<String, Integer> index) {
		this.index = index;
		// 備註 is the last column and often empty; a row that leaves out its trailing comma is still complete.
		this.requiredWidth = 1 + Math.max(index.get(CalendarCsv.DATE), Math.max(index.get(CalendarCsv.WEEKDAY), index.get(CalendarCsv.FLAG)));
	}

	/**
	 * @throws CalendarFileException when the file's header lacks one of the {@link #HEADER} names
	 */
	static CalendarColumns of(CsvFile file) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < file.header().size(); i++) {
			index.putIfAbsent(file.header().get(i), i);
		}
		List<String> missing = new ArrayList<>(HEADER);
		missing.removeAll(index.keySet());
		if (!missing.isEmpty()) {
			String expected = String.join(",", HEADER);
			throw CalendarFileErrors.single(file.headerLine(), null,
					"標題列必須是「" + expected + "」，缺少：" + String.join("、", missing),
					"header must be " + expected + ", missing: " + String.join(", ", missing));
		}
		return new CalendarColumns(index);
	}

	/** How many fields a data row needs at least. */
	int requiredWidth() {
		return requiredWidth;
	}

	/** The trimmed value of a column in a row; empty when the row is too short to have it. */
	String value(CsvFile.Row row, String column) {
		return row.field(index.get(column));
	}

}
