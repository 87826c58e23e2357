package tw.yankao.shared.calendar;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of one file, keeping the first {@link #MAX} so that a file in the wrong
 * format yields a readable list rather than thousands of lines.
 */
final class CalendarFileErrors {

	static final int MAX = 50;

	private final List<CalendarFileError> errors = new ArrayList<>();

	private int total;

	void add(int line, @Nullable String field, String problemZh, String problemEn) {
		total++;
		if (errors.size() < MAX) {
			errors.add(new CalendarFileError(line, field, problemZh, problemEn));
		}
	}

	/** How many problems were found, listed or not. */
	int total() {
		return total;
	}

	/** Throws the collected problems if there are any. */
	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new CalendarFileException(errors, total > errors.size());
		}
	}

	/** Rejects the file for one problem. */
	static CalendarFileException single(int line, @Nullable String field, String problemZh, String problemEn) {
		return new CalendarFileException(List.of(new CalendarFileError(line, field, problemZh, problemEn)), false);
	}

}
