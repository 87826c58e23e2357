package tw.yankao.tracking.documents.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tw.yankao.org.Agency;
import tw.yankao.tracking.documents.AgencyTimeliness;
import tw.yankao.tracking.documents.MonthlyRanking;

/**
 * A month's document timeliness as the API returns it. Percentages are 0–100 with two decimals;
 * null where there is nothing to divide by.
 *
 * @param month {@code YYYY-MM}
 * @param asOf the day open documents were judged on
 * @param reportLinePercent agencies above this overdue percentage report their fixes
 * @param rankedAgencies how many agencies the city's ranking has
 * @param agencies the agencies the caller sees, worst first
 */
record TimelinessJson(String month, LocalDate asOf, BigDecimal reportLinePercent, int rankedAgencies,
		List<AgencyJson> agencies) {

	/**
	 * @param rank place in the city's ranking, 1 = highest overdue ratio
	 * @param agencyCode the agency's code
	 * @param received documents received in the month
	 * @param closed of them closed
	 * @param overdue of them closed late or open past due
	 * @param overduePercent overdue per 100 received
	 * @param onTimeClosurePercent closed on time per 100 closed
	 * @param averageDaysToClose calendar days from receipt to closure
	 * @param reportsFixes whether the agency is over the line
	 * @param categories received and overdue per category code
	 */
	record AgencyJson(int rank, String agencyCode, int received, int closed, int overdue, BigDecimal overduePercent,
			BigDecimal onTimeClosurePercent, BigDecimal averageDaysToClose, boolean reportsFixes,
			Map<String, AgencyTimeliness.CategoryCount> categories) {
	}

	static TimelinessJson of(MonthlyRanking ranking, Map<Long, Agency> agencies) {
		return new TimelinessJson(ranking.month().toString(), ranking.asOf(), ranking.reportLinePercent(),
				ranking.rankedAgencies(), ranking.agencies().stream().map(a -> new AgencyJson(a.rank(),
						agencies.get(a.agencyId()).code(), a.received(), a.closed(), a.overdue(), a.overduePercent(),
						a.onTimeClosurePercent(), a.averageDaysToClose(), a.reportsFixes(), a.overdueByCategory()))
					.collect(Collectors.toList()));
	}

}
