package tw.yankao.petition;

import java.time.LocalDate;

import tw.yankao.shared.time.RocDates;

/**
 * A case's number: the profile's prefix, the ROC date of receipt and a sequence, e.g.
 * {@code TC1151124-000123}. Sorting numbers as text sorts cases by day received.
 */
public record CaseNumber(String value) {

	public static CaseNumber of(String prefix, LocalDate received, long sequence) {
		return new CaseNumber("%s%03d%02d%02d-%06d".formatted(prefix, RocDates.rocYear(received),
				received.getMonthValue(), received.getDayOfMonth(), sequence));
	}

	@Override
	public String toString() {
		return value;
	}
}
