package tw.yankao.tracking.meetings;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.demo.DemoDataset;
import tw.yankao.tracking.TrackingManagement;

/**
 * The city control meeting of the latest reported month of the demo items, with its record and a
 * decision for each of the (at most three) agencies with the most seriously-behind items, each
 * tracked as a 市政會議指示. Written in SQL: demo data loads with nobody signed in, so the
 * facade's scope check would refuse it.
 */
@Component
class MeetingDemoData implements DemoDataset {

	private static final String ATTENDEES = "研考會主任委員（主席）、各機關首長或副首長、研考會管制考核組";

	private final JdbcClient jdbc;
	private final TrackingManagement tracking;
	private final PackQueries queries;
	private final AgencyDirectory agencies;
	private final Clock clock;

	MeetingDemoData(JdbcClient jdbc, TrackingManagement tracking, PackQueries queries, AgencyDirectory agencies,
			Clock clock) {
		this.jdbc = jdbc;
		this.tracking = tracking;
		this.queries = queries;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 33;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select exists (select 1 from tracking_meetings)").query(Boolean.class).single();
	}

	@Override
	@Transactional
	public void load() {
		YearMonth month = tracking.latestReportedMonth().orElse(null);
		if (month == null) {
			return;
		}
		Map<Long, String> names = agencies.all().stream().collect(Collectors.toMap(Agency::id, Agency::nameZh));
		// named by id here, to count each owner agency's items
		List<LaggingItem> serious = queries.seriouslyBehind(month, String::valueOf);
		LocalDate heldOn = month.plusMonths(1).atDay(15);
		long meeting = jdbc.sql("""
				insert into tracking_meetings (level, month, held_on, attendees, summary, created_at)
				values ('CITY', ?, ?, ?, ?, ?) returning id""")
			.params(Date.valueOf(month.atDay(1)), Date.valueOf(heldOn), ATTENDEES,
					"執行率未達標準之機關提出報告，嚴重落後案件逐案檢討。", Timestamp.from(clock.instant()))
			.query(Long.class).single();
		List<Long> owners = serious.stream()
			.collect(Collectors.groupingBy(item -> Long.valueOf(item.agencyName()), Collectors.counting()))
			.entrySet().stream()
			.sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(3).map(Map.Entry::getKey).toList();
		int position = 0;
		for (long owner : owners) {
			position++;
			String decision = "請" + names.getOrDefault(owner, "") + "就嚴重落後案件提出趕工計畫，於下次會議報告辦理情形";
			decide(meeting, month, position, decision, owner, names.getOrDefault(owner, ""), heldOn, heldOn.plusMonths(2));
		}
	}

	private void decide(long meeting, YearMonth month, int position, String decision, long owner, String ownerName,
			LocalDate heldOn, LocalDate due) {
		long item = jdbc.sql("""
				insert into tracking_items (item_type, item_number, title, owner_agency_id, control_level,
				    responsible_people, start_date, end_date, status, details, updated_at)
				values ('CITY_MEETING_INSTRUCTION', ?, ?, ?, 'CITY', ?, ?, ?, 'TRACKED',
				        jsonb_build_object('meetingId', ?, 'meetingDecision', ?, 'meetingMonth', ?), ?) returning id""")
			.params("MTG-" + meeting + "-" + position, decision, owner, ownerName, Date.valueOf(heldOn), Date.valueOf(due),
					String.valueOf(meeting), String.valueOf(position), month.toString(), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		jdbc.sql("insert into tracking_planned_progress (item_id, month, planned_percent) values (?, ?, 100)")
			.params(item, Date.valueOf(YearMonth.from(due).atDay(1))).update();
		jdbc.sql("insert into tracking_checkpoints (item_id, position, name, planned_date) values (?, 0, '決議事項辦結', ?)")
			.params(item, Date.valueOf(due)).update();
		jdbc.sql("""
				insert into tracking_meeting_decisions (meeting_id, position, decision, owner_agency_id, due_date, item_id,
				    created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(meeting, position, decision, owner, Date.valueOf(due), item, Timestamp.from(clock.instant())).update();
	}

}
