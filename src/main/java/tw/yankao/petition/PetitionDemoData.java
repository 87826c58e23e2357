package tw.yankao.petition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.demo.DemoDataset;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PetitionRules;

/**
 * A year of synthetic cases (fixed seed, so every demo is the same): more in the busy districts,
 * drains and trees in the summer rains, calls mostly in office hours; most closed on time, some
 * late, some still open, a few reopened. Names and phone numbers are made up. Inserted in one
 * batch, and the history rows derived in SQL, so that the demo starts fast.
 */
@Component
class PetitionDemoData implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(PetitionDemoData.class);

	static final int CASES = 3000;

	private static final String[] SURNAMES = { "陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭" };
	private static final String[] GIVEN = { "志明", "淑芬", "雅婷", "家豪", "美玲", "俊傑", "怡君", "建宏", "宗翰", "佩珊" };
	/** Weights by the profile's district order: the city core and the big suburbs call most. */
	private static final int[] DISTRICT_WEIGHTS = { 3, 5, 6, 6, 8, 14, 10, 14, 8, 3, 4, 4, 5, 3, 3, 3, 5, 4, 1, 1, 1, 1, 4,
			3, 4, 4, 8, 9, 1 };
	/** Calls by hour of day. */
	private static final int[] HOUR_WEIGHTS = { 1, 1, 1, 1, 1, 2, 3, 5, 8, 10, 10, 9, 6, 7, 9, 9, 8, 7, 6, 5, 4, 3, 2, 1 };

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;
	private final Deadlines deadlines;
	private final PetitionRules rules;
	private final ZoneId zone;
	private final AgencyDirectory agencies;
	private final Clock clock;

	PetitionDemoData(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Deadlines deadlines, CityProfile profile,
			AgencyDirectory agencies, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.deadlines = deadlines;
		this.rules = profile.petitions();
		this.zone = profile.timeZone();
		this.agencies = agencies;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select exists (select 1 from petition_case where idempotency_key like 'demo-%')").query(Boolean.class).single();
	}

	@Override
	@Transactional
	public void load() {
		long started = System.nanoTime();
		Random random = new Random(20261124L);
		Instant now = clock.instant();
		List<Long> sequence = jdbc.sql("select nextval('petition_case_number_seq') from generate_series(1, :n)")
			.param("n", CASES).query(Long.class).list();
		List<PetitionRules.Category> categories = rules.categories().stream().flatMap(m -> m.subCategories().stream()).toList();
		Map<String, Long> agencyIds = new HashMap<>();
		List<MapSqlParameterSource> rows = new ArrayList<>(CASES);
		for (int i = 0; i < CASES; i++) {
			ZonedDateTime received = receivedAt(random, now);
			PetitionRules.Category category = category(random, categories, received.getMonthValue());
			String district = rules.districts().get(weighted(random, DISTRICT_WEIGHTS));
			rows.add(row(i, random, received.toInstant(), category, district, sequence.get(i), now,
					agencyIds.computeIfAbsent(rules.agencyFor(category.code(), district),
							code -> agencies.findByCode(code).map(Agency::id).orElse(null))));
		}
		batch.batchUpdate("""
				insert into petition_case (number, idempotency_key, kind, channel, category, description, district, anonymous,
				                           petitioner_name, petitioner_phone, reply_channel, language, received_at, deadline,
				                           status, agency_id, closed_at, reply)
				values (:number, :key, :kind, :channel, :category, :description, :district, :anonymous, :name, :phone,
				        :replyChannel, 'zh-TW', :receivedAt, :deadline, :status, :agencyId, :closedAt, :reply)""",
				rows.toArray(MapSqlParameterSource[]::new));
		// the history follows from each row: receipt, routing, and the closing step of closed cases
		jdbc.sql("""
				insert into petition_case_step (case_id, step, from_status, to_status, agency_id, at)
				select id, 'RECEIVE', null, 'RECEIVED', null, received_at from petition_case where idempotency_key like 'demo-%'
				union all
				select id, 'ASSIGN', 'RECEIVED', 'ASSIGNED', agency_id, received_at from petition_case
				 where idempotency_key like 'demo-%' and kind <> 'INQUIRY'
				union all
				select id, case when kind = 'INQUIRY' then 'ANSWER' else 'APPROVE_REPLY' end, null, 'CLOSED', agency_id, closed_at
				  from petition_case where idempotency_key like 'demo-%' and status = 'CLOSED'
				union all
				select id, 'REOPEN', 'CLOSED', 'IN_PROGRESS', agency_id, received_at + (deadline - received_at) / 2
				  from petition_case where idempotency_key like 'demo-reopened-%'""").update();
		log.info("Loaded {} demo petition cases in {} ms", CASES, Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	private MapSqlParameterSource row(int i, Random random, Instant received, PetitionRules.Category category,
			String district, long sequence, Instant now, Long agencyId) {
		boolean inquiry = random.nextInt(10) == 0;
		boolean anonymous = random.nextInt(10) == 0;
		Instant deadline = inquiry ? received : deadlines.deadline(category.kind(), category.sla(), received, List.of(), 0);
		String status;
		Instant closed = null;
		int fate = random.nextInt(100);
		if (inquiry) {
			status = "CLOSED";
			closed = received;
		}
		else if (now.isAfter(deadline) ? fate < 97 : fate < 40) {
			// nearly all past their deadline are closed, most in time, about one in eight late
			long span = Duration.between(received, fate < 84 ? deadline : deadline.plus(Duration.ofDays(3))).toSeconds();
			closed = received.plusSeconds(Math.max(60, (long) (span * (0.2 + 0.8 * random.nextDouble()))));
			status = closed.isAfter(now) ? "IN_PROGRESS" : "CLOSED";
			closed = closed.isAfter(now) ? null : closed;
		}
		else {
			status = fate % 3 == 0 ? "ASSIGNED" : fate % 3 == 1 ? "ACCEPTED" : "IN_PROGRESS";
		}
		// a few petitioners were not satisfied and had the case reopened: it is being handled again
		boolean reopened = "CLOSED".equals(status) && !inquiry && random.nextInt(40) == 0;
		String reply = closed == null || inquiry ? null : "已處理完畢（示範回覆）";
		if (reopened) {
			status = "IN_PROGRESS";
			closed = null;
		}
		LocalDate day = received.atZone(zone).toLocalDate();
		return new MapSqlParameterSource()
			.addValue("number", CaseNumber.of(rules.caseNumberPrefix(), day, sequence).value())
			.addValue("key", (reopened ? "demo-reopened-" : "demo-") + i)
			.addValue("kind", inquiry ? "INQUIRY" : category.kind() == PetitionRules.SlaKind.DISPATCH ? "DISPATCH" : "PETITION")
			.addValue("channel", channel(random))
			.addValue("category", category.code())
			.addValue("description", district + category.nameZh() + "（示範案件）")
			.addValue("district", district)
			.addValue("anonymous", anonymous)
			.addValue("name", anonymous ? null : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)])
			.addValue("phone", anonymous ? null : "09%08d".formatted(random.nextInt(100_000_000)))
			.addValue("replyChannel", anonymous ? "NONE" : "PHONE")
			.addValue("receivedAt", Timestamp.from(received))
			.addValue("deadline", Timestamp.from(deadline))
			.addValue("status", status)
			.addValue("agencyId", inquiry ? null : agencyId)
			.addValue("closedAt", closed == null ? null : Timestamp.from(closed))
			.addValue("reply", reply);
	}

	private ZonedDateTime receivedAt(Random random, Instant now) {
		LocalDate day = now.atZone(zone).toLocalDate().minusDays(1 + random.nextInt(365));
		return day.atTime(weighted(random, HOUR_WEIGHTS), random.nextInt(60)).atZone(zone);
	}

	/** Street lights in the long winter nights, drains and trees in the summer rains and typhoons. */
	private static PetitionRules.Category category(Random random, List<PetitionRules.Category> categories, int month) {
		boolean rainy = month >= 5 && month <= 9;
		int[] weights = categories.stream().mapToInt(c -> switch (c.code()) {
			case "DRAINAGE", "TREE" -> rainy ? 14 : 4;
			case "STREET_LIGHT" -> rainy ? 10 : 16;
			case "ILLEGAL_PARKING", "ROAD_DAMAGE" -> 14;
			case "NOISE", "GARBAGE" -> 10;
			default -> 6;
		}).toArray();
		return categories.get(weighted(random, weights));
	}

	private static String channel(Random random) {
		int n = random.nextInt(100);
		return n < 60 ? "PHONE_1999" : n < 75 ? "WEB" : n < 85 ? "APP" : n < 93 ? "MAYOR_MAILBOX" : n < 98 ? "EMAIL" : "WALK_IN";
	}

	private static int weighted(Random random, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int pick = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
