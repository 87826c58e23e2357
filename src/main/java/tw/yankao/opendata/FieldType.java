package tw.yankao.opendata;

/** The type a dataset declares for a field; the schema check holds every value to it. */
public enum FieldType {

	/** Free text: the personal-data scan also looks for names in it. */
	TEXT,
	/** A code or label from a closed list (agency code, category code): never a name. */
	CODE,
	INTEGER,
	DECIMAL,
	/** ISO date, yyyy-MM-dd. */
	DATE,
	/** ISO month, yyyy-MM. */
	MONTH;

	/** Whether a non-null value is of this type; values are the strings the files hold. */
	public boolean accepts(Object value) {
		String text = value.toString();
		return switch (this) {
			case TEXT, CODE -> value instanceof String;
			case INTEGER -> text.matches("-?\\d{1,18}");
			case DECIMAL -> text.matches("-?\\d{1,15}(\\.\\d+)?");
			case DATE -> text.matches("\\d{4}-\\d{2}-\\d{2}") && parses(() -> java.time.LocalDate.parse(text));
			case MONTH -> text.matches("\\d{4}-\\d{2}") && parses(() -> java.time.YearMonth.parse(text));
		};
	}

	private static boolean parses(Runnable parse) {
		try {
			parse.run();
			return true;
		}
		catch (java.time.DateTimeException ex) {
			return false;
		}
	}

}
