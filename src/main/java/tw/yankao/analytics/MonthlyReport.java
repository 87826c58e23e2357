package tw.yankao.analytics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import tw.yankao.petition.OverdueCase;

/**
 * The monthly quality-and-quantity analysis report (質量分析報告) of the city or one agency.
 *
 * @param agencyCode null for the whole city
 * @param overdueAt the end of the month, or now for the running month: when the overdue list holds
 * @param overdue the cases open after their deadline at {@code overdueAt}, longest overdue first
 */
public record MonthlyReport(YearMonth month, String agencyCode, Figures current, Figures previousMonth,
		Figures lastYear, List<Volume> byChannel, List<Volume> byCategory, List<Volume> byAgency,
		List<Volume> byDistrict, Instant overdueAt, List<OverdueCase> overdue) {

	/** No survey module yet: satisfaction is "not yet available" until one offers it. */
	public boolean satisfactionAvailable() {
		return false;
	}

}
