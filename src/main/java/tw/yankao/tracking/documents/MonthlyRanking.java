package tw.yankao.tracking.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Agencies ranked by the overdue ratio of the documents they received in a month, worst first
 * (逾期公文評比).
 *
 * @param month the month
 * @param asOf the day open documents were judged on: still open past their due date that day means overdue
 * @param reportLinePercent the profile's line; agencies above it report their fixes
 * @param rankedAgencies how many agencies the city's ranking has
 * @param agencies the ranked agencies the viewer sees, worst first; ties by more overdue documents, then by agency id
 */
public record MonthlyRanking(YearMonth month, LocalDate asOf, BigDecimal reportLinePercent, int rankedAgencies,
		List<AgencyTimeliness> agencies) {
}
