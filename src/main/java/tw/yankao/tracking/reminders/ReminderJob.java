package tw.yankao.tracking.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.StaffDirectory;
import tw.yankao.shared.calendar.WorkingDayCalendar;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.time.RocDates;

/**
 * Sends the reminders (稽催) due today about missing progress reports, by e-mail and in the
 * application, to the owner agency's liaisons, or to its head for an escalation (of the nearest
 * agency above that has one, when the owner has none).
 *
 * <p>Exactly once per (rule, item, report month), also with several instances on one database:
 * ShedLock lets one instance run the job at a time, and each reminder's ledger row is inserted
 * (ON CONFLICT DO NOTHING) in the transaction that writes its notifications, so a run that starts
 * after another finished, or on a stale lock, sends nothing twice. E-mails leave after that commit.
 */
@Component
class ReminderJob {

	static final String LOCK = "tracking-reminders";
	static final String KIND = "REMINDER";
	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final ReminderSchedule schedule;
	private final ReminderLedger ledger;
	private final StaffDirectory staff;
	private final AgencyDirectory agencies;
	private final Notifications notifications;
	private final TransactionTemplate transaction;
	private final LockingTaskExecutor locks;
	private final Clock clock;
	private final java.time.ZoneId zone;

	ReminderJob(CityProfile profile, WorkingDayCalendar calendar, ReminderLedger ledger, StaffDirectory staff,
			AgencyDirectory agencies, Notifications notifications, PlatformTransactionManager transactions, LockingTaskExecutor locks, Clock clock) {
		this.schedule = new ReminderSchedule(profile.tracking().reminders(), profile.tracking().progressReportDueDay(),
				calendar::addWorkingDays);
		this.ledger = ledger;
		this.staff = staff;
		this.agencies = agencies;
		this.notifications = notifications;
		this.transaction = new TransactionTemplate(transactions);
		this.locks = locks;
		this.clock = clock;
		this.zone = profile.timeZone();
	}

	@Scheduled(cron = "${yankao.tracking.reminders.cron:0 0 9 * * *}", zone = "${yankao.tracking.reminders.zone:Asia/Taipei}")
	void scheduled() {
		run(clock.instant());
	}

	/**
	 * Runs the job as on the given instant's day in the city's zone.
	 * @return the reminders this run sent; 0 also when another instance held the lock
	 */
	int run(Instant now) {
		// the lock's times are real time, whatever day the run acts for
		LockConfiguration lock = new LockConfiguration(ClockProvider.now(), LOCK, Duration.ofMinutes(30), Duration.ZERO);
		try {
			LockingTaskExecutor.TaskResult<Integer> result = locks.executeWithLock(() -> send(now), lock);
			return result.wasExecuted() ? result.getResult() : 0;
		}
		catch (Throwable ex) {
			throw ex instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex);
		}
	}

	private int send(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		int sent = 0;
		for (ReminderSchedule.Due due : schedule.dueOn(today)) {
			for (ReminderLedger.MissingReport item : ledger.missingReports(due.period())) {
				if (remind(due, item, now)) {
					sent++;
				}
			}
		}
		log.info("Reminders for {}: {} sent", today, sent);
		return sent;
	}

	/** Sends the rule's reminder about the item unless it was sent; in one transaction with its ledger row. */
	boolean remind(ReminderSchedule.Due due, ReminderLedger.MissingReport item, Instant now) {
		return Boolean.TRUE.equals(transaction.execute(status -> sendOnce(due, item, now)));
	}

	/**
	 * The role's holders in the owner agency or, when it has none (a unit or subordinate agency
	 * without its own liaison), in the nearest agency above it that has.
	 */
	private List<Long> responsible(long agencyId, Role role) {
		Long current = agencyId;
		while (current != null) {
			List<Long> holders = staff.holding(current, role);
			if (!holders.isEmpty()) {
				return holders;
			}
			current = agencies.findById(current).map(Agency::parentId).orElse(null);
		}
		return List.of();
	}

	ReminderSchedule schedule() {
		return schedule;
	}

	private boolean sendOnce(ReminderSchedule.Due due, ReminderLedger.MissingReport item, Instant now) {
		Role role = due.rule().escalateToHead() ? Role.AGENCY_HEAD : Role.AGENCY_LIAISON;
		List<Long> recipients = responsible(item.ownerAgencyId(), role);
		if (!ledger.record(due.rule().code(), item.itemId(), due.period(), recipients.size(), now)) {
			return false;
		}
		String phase = due.rule().escalateToHead() ? "escalation" : due.rule().daysBeforeDue() != null ? "before" : "after";
		notifications.send(new Notice(KIND, recipients, "tracking.reminders." + phase + ".subject",
				"tracking.reminders." + phase + ".body",
				List.of(item.number(), item.title(), RocDates.formatMonth(due.period()), RocDates.format(due.dueDate())),
				"/tracking/items/" + item.itemId() + "?month=" + due.period(), true));
		return true;
	}

}
