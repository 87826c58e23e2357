package tw.yankao.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.analytics.rollup.DailyRollups;
import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.petition.DailyFact;
import tw.yankao.petition.PetitionStatistics;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.InvalidInput;

/**
 * Composes the monthly report from the daily roll-ups (never from the cases), and the overdue list
 * from the petition module. An agency's report covers the agency and the units below it.
 */
@Service
public class MonthlyReports {

	/** Rows of the overdue list: the report names the worst, the inbox has the rest. */
	public static final int OVERDUE_LIMIT = 50;

	private final DailyRollups rollups;
	private final PetitionStatistics statistics;
	private final AgencyDirectory agencies;
	private final AgencyScope scope;
	private final Clock clock;

	MonthlyReports(DailyRollups rollups, PetitionStatistics statistics, AgencyDirectory agencies, AgencyScope scope,
			Clock clock) {
		this.rollups = rollups;
		this.statistics = statistics;
		this.agencies = agencies;
		this.scope = scope;
		this.clock = clock;
	}

	/**
	 * @param agencyCode null or blank for the whole city
	 * @throws InvalidInput naming {@code month} for a month after this one, or {@code agency} for an unknown code
	 * @throws AccessDeniedException when the viewer may not see the agency (or the city, for agency staff)
	 */
	@Transactional(readOnly = true)
	public MonthlyReport report(YearMonth month, String agencyCode) {
		if (month.isAfter(YearMonth.now(clock.withZone(RocDates.ZONE)))) {
			throw new InvalidInput("month", "analytics.error.futureMonth");
		}
		Set<Long> subtree = null;
		if (agencyCode != null && !agencyCode.isBlank()) {
			Agency agency = agencies.findByCode(agencyCode.strip())
				.orElseThrow(() -> new InvalidInput("agency", "analytics.error.agency"));
			scope.checkAccess(agency.id());
			subtree = agencies.subtree(agency.id());
		}
		else if (scope.accessibleAgencies().isPresent()) {
			throw new AccessDeniedException("only the city's supervisors see the whole city");
		}
		YearMonth previous = month.minusMonths(1);
		YearMonth lastYear = month.minusYears(1);
		// three months' rows, not the thirteen between: the year-on-year figure needs only its own month
		List<DailyFact> facts = new java.util.ArrayList<>();
		for (YearMonth m : List.of(month, previous, lastYear)) {
			facts.addAll(rollups.between(m.atDay(1), m.atEndOfMonth(), subtree));
		}
		Instant overdueAt = overdueMoment(month);
		// one look-up of every code, not one per roll-up row
		Map<Long, String> codes = agencies.all().stream().collect(java.util.stream.Collectors.toMap(Agency::id, Agency::code));
		return new MonthlyReport(month, subtree == null ? null : agencyCode.strip(), total(facts, month),
				total(facts, previous), total(facts, lastYear),
				volumes(facts, month, f -> f.channel().name()), volumes(facts, month, DailyFact::category),
				volumes(facts, month, f -> f.agencyId() == null ? "" : codes.getOrDefault(f.agencyId(), String.valueOf(f.agencyId()))),
				volumes(facts, month, f -> f.district() == null ? "" : f.district()), overdueAt,
				statistics.overdueAt(overdueAt, subtree, OVERDUE_LIMIT));
	}

	private Instant overdueMoment(YearMonth month) {
		Instant end = month.plusMonths(1).atDay(1).atStartOfDay(RocDates.ZONE).toInstant();
		Instant now = clock.instant();
		return end.isAfter(now) ? now : end;
	}

	private static Figures total(List<DailyFact> facts, YearMonth month) {
		Figures sum = Figures.zero();
		for (DailyFact f : facts) {
			if (YearMonth.from(f.day()).equals(month)) {
				sum = sum.plus(f.received(), f.closed(), f.closedOnTime(), f.handlingSeconds(), f.histogram(), f.returns(),
						f.transfers(), f.reopens());
			}
		}
		return sum;
	}

	/** Received cases per key in the month, the month before and a year before; largest first. */
	private static List<Volume> volumes(List<DailyFact> facts, YearMonth month, Function<DailyFact, String> key) {
		Map<String, long[]> counts = new HashMap<>();
		for (DailyFact f : facts) {
			YearMonth m = YearMonth.from(f.day());
			int period = m.equals(month) ? 0 : m.equals(month.minusMonths(1)) ? 1 : m.equals(month.minusYears(1)) ? 2 : -1;
			if (period >= 0 && f.received() > 0) {
				counts.computeIfAbsent(key.apply(f), k -> new long[3])[period] += f.received();
			}
		}
		return counts.entrySet().stream()
			.map(e -> new Volume(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.sorted(Comparator.comparingLong(Volume::current).reversed().thenComparing(Volume::key))
			.toList();
	}

}
