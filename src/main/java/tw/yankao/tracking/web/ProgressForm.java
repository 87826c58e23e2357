package tw.yankao.tracking.web;

import java.math.BigDecimal;

import tw.yankao.shared.web.InvalidInput;
import tw.yankao.tracking.ProgressEntry;
import tw.yankao.tracking.ProgressReport;

/** The monthly progress form, every field as typed, so that a mistyped number is named like any other error. */
record ProgressForm(String month, String actualPercent, String spending, String narrative, String problems,
		String countermeasures, Boolean needsCoordination, String correctionReason, Integer version) {

	static ProgressForm empty(String month) {
		return new ProgressForm(month, "", "", "", "", "", false, "", null);
	}

	static ProgressForm of(ProgressReport report) {
		return new ProgressForm(report.month().toString(), report.actualPercent().stripTrailingZeros().toPlainString(),
				report.spending().toPlainString(), text(report.narrative()), text(report.problems()),
				text(report.countermeasures()), report.needsCoordination(), text(report.correctionReason()),
				report.version());
	}

	/** @throws InvalidInput naming a field that is not a number */
	ProgressEntry entry() {
		return new ProgressEntry(month, number("actualPercent", actualPercent), number("spending", spending), narrative,
				problems, countermeasures, needsCoordination, correctionReason, version);
	}

	private static BigDecimal number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "tracking.field.number", text);
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
