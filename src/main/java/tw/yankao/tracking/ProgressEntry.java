package tw.yankao.tracking;

import java.math.BigDecimal;

/**
 * What an agency enters as a month's progress; see {@link ProgressReport} for units.
 *
 * @param month the month, {@code YYYY-MM}
 * @param version the report's version when changing an existing report, null for a new one
 */
public record ProgressEntry(String month, BigDecimal actualPercent, BigDecimal spending, String narrative,
		String problems, String countermeasures, Boolean needsCoordination, String correctionReason, Integer version) {
}
