package tw.yankao.notify.webhook;

import java.time.Instant;
import java.util.Set;

import tw.yankao.notify.WebhookEvent;

/**
 * A group channel. The LINE channel access token is not part of it: once saved it is only read
 * by the sender, so no page, log or toString can show it.
 *
 * @param url for GENERIC_JSON the address posted to; null for LINE_PUSH
 * @param lineTo for LINE_PUSH the group (or user) id pushed to
 * @param agencyId only cases of this agency; null for all
 */
public record WebhookTarget(long id, String name, Kind kind, String url, String lineTo, Set<WebhookEvent.Kind> events,
		Long agencyId, boolean enabled, Instant createdAt) {

	/** The wire format. */
	public enum Kind {
		GENERIC_JSON, LINE_PUSH
	}

}
