package tw.yankao.petition.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.yankao.notify.Notice;
import tw.yankao.notify.Notifications;
import tw.yankao.notify.WebhookEvent;
import tw.yankao.notify.Webhooks;
import tw.yankao.shared.calendar.WorkingDayCalendar;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PetitionRules;
import tw.yankao.shared.profile.UrgencyRules;
import tw.yankao.shared.time.RocDates;

/**
 * Escalates open cases whose deadline is near to the agency head, and those whose deadline has
 * passed to the head and the RDEC (in the application and by e-mail; missed urgent cases also to
 * the group channels). Near means within the profile's hours for a dispatch case (counted round the
 * clock, like its SLA) and on or before the working day the profile names for a petition.
 *
 * <p>Exactly once per (case, level), also with several instances on one database: ShedLock lets one
 * instance run at a time and each escalation's ledger row commits with its notifications.
 */
@Component
class EscalationJob {

	static final String LOCK = "petition-escalation";
	static final String KIND = "ESCALATION";
	private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

	private final EscalationLedger ledger;
	private final Responsible responsible;
	private final Notifications notifications;
	private final Webhooks webhooks;
	private final WorkingDayCalendar calendar;
	private final UrgencyRules urgency;
	private final PetitionRules rules;
	private final ZoneId zone;
	private final TransactionTemplate transaction;
	private final LockingTaskExecutor locks;
	private final Clock clock;

	EscalationJob(EscalationLedger ledger, Responsible responsible, Notifications notifications, Webhooks webhooks,
			WorkingDayCalendar calendar, CityProfile profile, PlatformTransactionManager transactions,
			LockingTaskExecutor locks, Clock clock) {
		this.ledger = ledger;
		this.responsible = responsible;
		this.notifications = notifications;
		this.webhooks = webhooks;
		this.calendar = calendar;
		this.urgency = profile.petitionUrgency();
		this.rules = profile.petitions();
		this.zone = profile.timeZone();
		this.transaction = new TransactionTemplate(transactions);
		this.locks = locks;
		this.clock = clock;
	}

	@Scheduled(cron = "${yankao.petition.escalation.cron:0 */15 * * * *}", zone = "${yankao.petition.escalation.zone:Asia/Taipei}")
	void scheduled() {
		run(clock.instant());
	}

	/**
	 * Escalates as at the given instant.
	 * @return the escalations this run sent; 0 also when another instance held the lock
	 */
	int run(Instant now) {
		LockConfiguration lock = new LockConfiguration(ClockProvider.now(), LOCK, Duration.ofMinutes(10), Duration.ZERO);
		try {
			LockingTaskExecutor.TaskResult<Integer> result = locks.executeWithLock(() -> escalate(now), lock);
			return result.wasExecuted() ? result.getResult() : 0;
		}
		catch (Throwable ex) {
			throw ex instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex);
		}
	}

	private int escalate(Instant now) {
		LocalDate petitionNearDay = calendar.addWorkingDays(LocalDate.ofInstant(now, zone), urgency.petitionNearWorkingDays());
		Instant dispatchNear = now.plus(Duration.ofHours(urgency.dispatchNearHours()));
		Instant petitionNear = petitionNearDay.plusDays(1).atStartOfDay(zone).toInstant();
		Instant horizon = dispatchNear.isAfter(petitionNear) ? dispatchNear : petitionNear;
		int sent = 0;
		for (EscalationLedger.OpenCase c : ledger.openDueBy(horizon)) {
			EscalationLevel level = levelOf(c, now, dispatchNear, petitionNear);
			if (level != null && Boolean.TRUE.equals(transaction.execute(status -> sendOnce(c, level, now)))) {
				sent++;
			}
		}
		log.info("Escalations at {}: {} sent", now, sent);
		return sent;
	}

	/**
	 * Null when the case is not yet near by its own kind's measure.
	 * @param petitionNear the start of the day after the last working day that counts as near
	 */
	static EscalationLevel levelOf(EscalationLedger.OpenCase c, Instant now, Instant dispatchNear, Instant petitionNear) {
		if (!c.deadline().isAfter(now)) {
			return EscalationLevel.MISSED;
		}
		boolean near = "DISPATCH".equals(c.kind()) ? !c.deadline().isAfter(dispatchNear) : c.deadline().isBefore(petitionNear);
		return near ? EscalationLevel.NEAR : null;
	}

	private boolean sendOnce(EscalationLedger.OpenCase c, EscalationLevel level, Instant now) {
		List<Long> recipients = level == EscalationLevel.MISSED ? responsible.headsAndRdec(c.agencyId())
				: responsible.heads(c.agencyId());
		if (!ledger.record(c.id(), level, recipients.size(), now)) {
			return false;
		}
		String category = UrgentCaseAlert.categoryName(rules, c.category());
		String link = "/petitions/cases/" + c.number();
		String key = "escalation." + level.name().toLowerCase(java.util.Locale.ROOT);
		notifications.send(new Notice(KIND, recipients, key + ".subject", key + ".body",
				List.of(c.number(), category, c.district() == null ? "-" : c.district(), RocDates.formatDateTime(c.deadline())),
				link, true));
		if (level == EscalationLevel.MISSED && urgency.isUrgent(c.category())) {
			webhooks.publish(new WebhookEvent(WebhookEvent.Kind.ESCALATION, level.name(), c.agencyId(), c.number(), category,
					c.district(), c.deadline(), link));
		}
		return true;
	}

}
