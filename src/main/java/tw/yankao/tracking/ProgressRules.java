package tw.yankao.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;

/**
 * Turns a progress entry into a report: refuses what the monthly cycle forbids, computes the lag
 * and its class, and marks the report late when saved after the profile's due day of the month
 * after the one reported on. Public for imports, which check many entries before saving any.
 */
public final class ProgressRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final LagRules lag;
	private final int dueDay;
	private final ZoneId zone;

	public ProgressRules(CityProfile profile) {
		this.lag = new LagRules(profile.tracking().lag());
		this.dueDay = profile.tracking().progressReportDueDay();
		this.zone = profile.timeZone();
	}

	/** The last day on time: the due day of the next month, in the city's time zone. */
	public Instant deadline(YearMonth month) {
		return month.plusMonths(1).atDay(dueDay).plusDays(1).atStartOfDay(zone).toInstant();
	}

	/**
	 * @param existing the month's report when changing it
	 * @param previous the latest report of an earlier month
	 * @throws InvalidInput naming every bad field
	 */
	public ProgressReport report(TrackedItem item, ProgressEntry entry, Optional<ProgressReport> existing,
			Optional<ProgressReport> previous, Instant now) {
		YearMonth month = ReportMonth.parse(entry.month());
		List<FieldError> errors = new ArrayList<>();
		if (item.status() == TrackedItemStatus.RELEASED) {
			errors.add(new FieldError("month", "tracking.progress.released", item.number()));
		}
		BigDecimal actual = entry.actualPercent();
		String correction = TrackedItemRules.blankToNull(entry.correctionReason());
		if (actual == null || actual.signum() < 0 || actual.compareTo(HUNDRED) > 0) {
			errors.add(new FieldError("actualPercent", "tracking.progress.range"));
		}
		else if (previous.isPresent() && actual.compareTo(previous.get().actualPercent()) < 0 && correction == null) {
			errors.add(new FieldError("correctionReason", "tracking.progress.decreasing",
					previous.get().actualPercent().stripTrailingZeros().toPlainString(), previous.get().month()));
		}
		BigDecimal spending = entry.spending() == null ? BigDecimal.ZERO : entry.spending();
		if (spending.signum() < 0) {
			errors.add(new FieldError("spending", "tracking.item.negative"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		BigDecimal planned = item.plannedIn(month);
		BigDecimal points = LagRules.lag(actual, planned);
		LagClass lagClass = lag.classify(item, month, actual);
		long id = existing.map(ProgressReport::id).orElse(0L);
		int version = existing.isEmpty() ? 0 : entry.version() == null ? -1 : entry.version();
		return new ProgressReport(id, item.id(), month, actual, planned, points, lagClass, spending,
				TrackedItemRules.blankToNull(entry.narrative()), TrackedItemRules.blankToNull(entry.problems()),
				TrackedItemRules.blankToNull(entry.countermeasures()), Boolean.TRUE.equals(entry.needsCoordination()), correction, now,
				!now.isBefore(deadline(month)), version);
	}

	LagRules lag() {
		return lag;
	}

}
