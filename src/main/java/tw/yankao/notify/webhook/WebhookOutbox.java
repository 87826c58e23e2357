package tw.yankao.notify.webhook;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import tw.yankao.notify.WebhookEvent;
import tw.yankao.shared.time.RocDates;

/**
 * The targets and their deliveries. A delivery's payload is composed when the event is queued,
 * from the event alone, so it can hold nothing the event does not: no personal data.
 */
@Repository
public class WebhookOutbox {

	/** A delivery as the admin page lists it. */
	public record Delivery(long id, String targetName, String event, String subject, String status, Integer httpStatus,
			int attempts, String lastError, java.time.Instant createdAt) {
	}

	/** What the sender needs for one delivery; the token only here. */
	record Pending(long id, WebhookTarget.Kind kind, String url, String token, String payload) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Locale ZH_TW = Locale.forLanguageTag("zh-TW");

	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	WebhookOutbox(JdbcClient jdbc, MessageSource messages, Clock clock,
			@Value("${yankao.mail.base-url:}") String baseUrl) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Writes one PENDING delivery per enabled target subscribed to the event (and its agency). */
	public List<Long> queue(WebhookEvent event) {
		List<Long> ids = new ArrayList<>();
		for (WebhookTarget target : targets()) {
			if (!target.enabled() || !target.events().contains(event.kind())
					|| (target.agencyId() != null && !target.agencyId().equals(event.agencyId()))) {
				continue;
			}
			ids.add(jdbc.sql("""
					insert into notify_webhook_delivery (target_id, event, subject, payload, status, created_at)
					values (:target, :event, :subject, :payload, 'PENDING', :now) returning id""")
				.param("target", target.id())
				.param("event", event.level() == null ? event.kind().name() : event.kind() + "_" + event.level())
				.param("subject", event.caseNumber())
				.param("payload", payload(target, event))
				.param("now", Timestamp.from(clock.instant()))
				.query(Long.class)
				.single());
		}
		return ids;
	}

	/** The text a person reads in the channel, in zh-TW: the channel is the city's staff group. */
	String text(WebhookEvent event) {
		String key = "webhook.text." + (event.level() == null ? event.kind().name() : event.kind() + "." + event.level());
		return messages.getMessage(key, new Object[] {event.caseNumber(), event.category(),
				event.district() == null ? "-" : event.district(), RocDates.formatDateTime(event.deadline()), link(event)},
				ZH_TW);
	}

	private String payload(WebhookTarget target, WebhookEvent event) {
		if (target.kind() == WebhookTarget.Kind.LINE_PUSH) {
			return JSON.writeValueAsString(Map.of("to", target.lineTo(),
					"messages", List.of(Map.of("type", "text", "text", text(event)))));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event", event.kind().name());
		body.put("level", event.level());
		body.put("caseNumber", event.caseNumber());
		body.put("category", event.category());
		body.put("district", event.district());
		body.put("deadline", event.deadline().toString());
		body.put("link", link(event));
		body.put("text", text(event));
		return JSON.writeValueAsString(body);
	}

	private String link(WebhookEvent event) {
		return event.link() == null ? "" : baseUrl + event.link();
	}

	public List<WebhookTarget> targets() {
		return jdbc.sql("""
				select id, name, kind, url, line_to, events, agency_id, enabled, created_at
				  from notify_webhook_target order by name, id""")
			.query(WebhookOutbox::target)
			.list();
	}

	public long add(String name, WebhookTarget.Kind kind, String url, String lineTo, String lineToken,
			Set<WebhookEvent.Kind> events, Long agencyId) {
		return jdbc.sql("""
				insert into notify_webhook_target (name, kind, url, line_to, line_token, events, agency_id, created_at)
				values (:name, :kind, :url, :to, :token, :events, :agency, :now) returning id""")
			.param("name", name)
			.param("kind", kind.name())
			.param("url", url)
			.param("to", lineTo)
			.param("token", lineToken)
			.param("events", events.stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("agency", agencyId)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	public boolean remove(long id) {
		return jdbc.sql("delete from notify_webhook_target where id = ?").param(id).update() == 1;
	}

	public List<Delivery> recentDeliveries(int limit) {
		return jdbc.sql("""
				select d.id, t.name, d.event, d.subject, d.status, d.http_status, d.attempts, d.last_error, d.created_at
				  from notify_webhook_delivery d join notify_webhook_target t on t.id = d.target_id
				 order by d.id desc limit :limit""")
			.param("limit", limit)
			.query((rs, row) -> new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), (Integer) rs.getObject(6), rs.getInt(7), rs.getString(8),
					rs.getTimestamp(9).toInstant()))
			.list();
	}

	Optional<Pending> pending(long deliveryId) {
		return jdbc.sql("""
				select d.id, t.kind, t.url, t.line_token, d.payload
				  from notify_webhook_delivery d join notify_webhook_target t on t.id = d.target_id
				 where d.id = ? and d.status = 'PENDING'""")
			.param(deliveryId)
			.query((rs, row) -> new Pending(rs.getLong(1), WebhookTarget.Kind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.optional();
	}

	/** Records one attempt; {@code status} stays PENDING while more attempts follow. */
	void attempted(long deliveryId, String status, Integer httpStatus, String error) {
		jdbc.sql("""
				update notify_webhook_delivery
				   set attempts = attempts + 1, status = :status, http_status = cast(:http as integer),
				       last_error = cast(:error as varchar), finished_at = cast(:finished as timestamptz)
				 where id = :id""")
			.param("status", status)
			.param("http", httpStatus)
			.param("error", error == null ? null : error.substring(0, Math.min(error.length(), 500)))
			.param("finished", "PENDING".equals(status) ? null : Timestamp.from(clock.instant()))
			.param("id", deliveryId)
			.update();
	}

	private static WebhookTarget target(ResultSet rs, int row) throws SQLException {
		Array events = rs.getArray(6);
		Set<WebhookEvent.Kind> kinds = EnumSet.noneOf(WebhookEvent.Kind.class);
		Arrays.stream((String[]) events.getArray()).map(WebhookEvent.Kind::valueOf).forEach(kinds::add);
		return new WebhookTarget(rs.getLong(1), rs.getString(2), WebhookTarget.Kind.valueOf(rs.getString(3)),
				rs.getString(4), rs.getString(5), kinds, (Long) rs.getObject(7), rs.getBoolean(8),
				rs.getTimestamp(9).toInstant());
	}

}
