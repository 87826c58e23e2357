package tw.yankao.tracking.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.demo.DemoDataset;
import tw.yankao.shared.profile.CityProfile;

/**
 * A few reminders for the demo, so that the liaison and the head of the demo Construction Bureau
 * find reminders in their notifications and home inbox: every rule of the profile about last
 * month's missing report of two of the bureau's items. Not the whole job: the demo's thousands of
 * items all lack recent reports and would bury the inbox.
 */
@Component
class ReminderDemoData implements DemoDataset {

	static final String AGENCY = "TCG-CON";
	private static final int ITEMS = 2;

	private final ReminderJob job;
	private final ReminderLedger ledger;
	private final AgencyDirectory agencies;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final CityProfile profile;

	ReminderDemoData(ReminderJob job, ReminderLedger ledger, AgencyDirectory agencies, JdbcClient jdbc, Clock clock,
			CityProfile profile) {
		this.job = job;
		this.ledger = ledger;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.clock = clock;
		this.profile = profile;
	}

	@Override
	public int order() {
		return 32;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select exists (select 1 from tracking_reminders_sent)").query(Boolean.class).single();
	}

	@Override
	public void load() {
		Instant now = clock.instant();
		YearMonth period = YearMonth.from(LocalDate.ofInstant(now, profile.timeZone())).minusMonths(1);
		Long owner = agencies.findByCode(AGENCY).map(Agency::id).orElse(null);
		List<ReminderLedger.MissingReport> items = ledger.missingReports(period).stream()
			.filter(item -> owner == null || item.ownerAgencyId() == owner)
			.limit(ITEMS)
			.toList();
		ReminderSchedule schedule = job.schedule();
		for (var rule : profile.tracking().reminders()) {
			ReminderSchedule.Due due = new ReminderSchedule.Due(rule, period, schedule.dueDate(period));
			items.forEach(item -> job.remind(due, item, now));
		}
	}

}
