package tw.yankao.plan.achievement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.plan.ReportingPeriod;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/**
 * Achievement reports entered by people: draft, submit, confirm, evidence. Every method checks
 * that the indicator's agency is in the caller's scope; which roles may call which method is
 * decided by the access rules of the pages and the API. Every change is audited.
 *
 * <p>A live indicator (bound to a metric) refuses manual entry: its actuals come only from
 * {@link LiveIndicators#refresh}, so that a number shown as live is always the metric's.
 */
@Service
public class Achievements {

	static final String ENTITY = "achievement-report";

	private final PlanIndicators indicators;
	private final AchievementReports reports;
	private final EvidenceFiles evidence;
	private final AgencyScope scope;
	private final CurrentUsers users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Achievements(PlanIndicators indicators, AchievementReports reports, EvidenceFiles evidence, AgencyScope scope,
			CurrentUsers users, ApplicationEventPublisher events, Clock clock) {
		this.indicators = indicators;
		this.reports = reports;
		this.evidence = evidence;
		this.scope = scope;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** The indicator, if the caller may see its agency. */
	@Transactional(readOnly = true)
	public PlanIndicator indicator(long indicatorId) {
		PlanIndicator indicator = indicators.find(indicatorId).orElseThrow(() -> new NotFound("indicator", indicatorId));
		scope.checkAccess(indicator.agencyId());
		return indicator;
	}

	@Transactional(readOnly = true)
	public List<AchievementReport> reportsOf(long indicatorId) {
		indicator(indicatorId);
		return reports.ofIndicator(indicatorId);
	}

	@Transactional(readOnly = true)
	public List<EvidenceFile> evidenceOf(long reportId) {
		report(reportId);
		return evidence.ofReport(reportId);
	}

	/**
	 * Creates the draft report of the entry's period, or changes it while it is a draft.
	 *
	 * @throws InvalidInput naming the field when a number, the period or the plan is wrong
	 * @throws AchievementConflict when the report changed since {@code entry.version()}
	 */
	@Transactional
	public AchievementReport save(long indicatorId, AchievementEntry entry) {
		PlanIndicator indicator = indicator(indicatorId);
		ReportingPeriod period = periodOf(indicator, entry.period());
		if (indicator.isLive()) {
			throw new InvalidInput("actual", "achievement.live.manual-refused", indicator.metricKey());
		}
		ActualValue value = ActualValue.read(indicator.formula(), entry.actual(), entry.numerator(), entry.denominator());
		AchievementReports.Values values = new AchievementReports.Values(value.actual(), value.numerator(),
				value.denominator(), blankToNull(entry.analysis()), null, null);
		CurrentUser user = currentUser();
		Instant now = clock.instant();
		Optional<AchievementReport> existing = reports.find(indicatorId, period);
		if (existing.isEmpty()) {
			long id = reports.insert(indicatorId, period, values, AchievementStatus.DRAFT, user.userId(), user.username(), now,
					null);
			AchievementReport created = reports.find(id).orElseThrow();
			events.publishEvent(DataChanged.created(ENTITY, id, created));
			return created;
		}
		AchievementReport before = existing.get();
		if (before.status() != AchievementStatus.DRAFT) {
			throw new InvalidInput(null, "achievement.report.locked", period.code());
		}
		int version = entry.version() == null ? -1 : entry.version();
		if (!reports.update(before.id(), version, values, user.userId(), user.username(), now)) {
			throw new AchievementConflict(indicatorId, before.id());
		}
		AchievementReport after = reports.find(before.id()).orElseThrow();
		events.publishEvent(DataChanged.updated(ENTITY, before.id(), before, after));
		return after;
	}

	/** The agency hands a draft to the RDEC; it can no longer be changed. */
	@Transactional
	public AchievementReport submit(long reportId, int version) {
		return move(reportId, version, AchievementStatus.DRAFT, AchievementStatus.SUBMITTED, "SUBMIT");
	}

	/** The RDEC confirms a submitted report. */
	@Transactional
	public AchievementReport confirm(long reportId, int version) {
		return move(reportId, version, AchievementStatus.SUBMITTED, AchievementStatus.CONFIRMED, "CONFIRM");
	}

	/**
	 * Adds an evidence file to a draft report, in the caller's transaction.
	 *
	 * @throws InvalidInput on the field {@code evidence} for an empty, too large or unaccepted file
	 */
	@Transactional
	public EvidenceFile addEvidence(long reportId, String fileName, byte[] content) {
		AchievementReport report = report(reportId);
		if (report.status() == AchievementStatus.CONFIRMED) {
			throw new InvalidInput("evidence", "achievement.report.locked", report.period().code());
		}
		String type = EvidenceRules.contentType(fileName, content);
		// browsers of old sent the whole client path; keep only the file's own name
		String slashed = fileName.replace('\\', '/');
		String name = slashed.substring(slashed.lastIndexOf('/') + 1);
		long id = evidence.insert(reportId, name, type, content, currentUser().userId(), clock.instant());
		EvidenceFile file = evidence.find(id).orElseThrow();
		events.publishEvent(new DataChanged("achievement-evidence", String.valueOf(id), "CREATE", null, file));
		return file;
	}

	/** An evidence file with its bytes, if the caller may see its report. */
	@Transactional(readOnly = true)
	public Map.Entry<EvidenceFile, byte[]> download(long fileId) {
		EvidenceFile file = evidence.find(fileId).orElseThrow(() -> new NotFound("evidence", fileId));
		report(file.reportId());
		return Map.entry(file, evidence.content(fileId));
	}

	/** The report, if the caller may see its indicator's agency. */
	@Transactional(readOnly = true)
	public AchievementReport report(long reportId) {
		AchievementReport report = reports.find(reportId).orElseThrow(() -> new NotFound("achievement report", reportId));
		indicator(report.indicatorId());
		return report;
	}

	private AchievementReport move(long reportId, int version, AchievementStatus from, AchievementStatus to,
			String action) {
		AchievementReport before = report(reportId);
		if (before.status() != from) {
			throw new InvalidInput(null, "achievement.report.status", before.status().name());
		}
		CurrentUser user = currentUser();
		boolean confirming = to == AchievementStatus.CONFIRMED;
		boolean moved = confirming
				? reports.changeStatus(reportId, version, to, user.userId(), user.username(), clock.instant())
				: reports.submit(reportId, version, clock.instant());
		if (!moved) {
			throw new AchievementConflict(before.indicatorId(), reportId);
		}
		AchievementReport after = reports.find(reportId).orElseThrow();
		events.publishEvent(new DataChanged(ENTITY, String.valueOf(reportId), action, before, after));
		return after;
	}

	private ReportingPeriod periodOf(PlanIndicator indicator, String code) {
		if (!indicator.acceptsReports()) {
			throw new InvalidInput(null, "achievement.plan.not-approved", indicator.planStatus().name());
		}
		ReportingPeriod period;
		try {
			period = ReportingPeriod.parse(code);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("period", "achievement.period.unreadable", code == null ? "" : code);
		}
		if (period.rocYear() != indicator.rocYear()) {
			throw new InvalidInput("period", "achievement.period.outside", period.code(), indicator.rocYear());
		}
		return period;
	}

	private CurrentUser currentUser() {
		return users.current().orElseThrow(() -> new IllegalStateException("achievement entry needs a signed-in user"));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
