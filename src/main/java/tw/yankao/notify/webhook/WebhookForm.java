package tw.yankao.notify.webhook;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import tw.yankao.notify.WebhookEvent;
import tw.yankao.shared.web.InvalidInput;

/**
 * The admin's new target, as posted. {@link #check()} names every bad field at once.
 *
 * @param agency an agency code, or blank for every agency
 */
record WebhookForm(String name, String kind, String url, String lineTo, String lineToken, List<String> events,
		String agency) {

	WebhookTarget.Kind checkedKind() {
		return WebhookTarget.Kind.valueOf(kind);
	}

	Set<WebhookEvent.Kind> checkedEvents() {
		Set<WebhookEvent.Kind> kinds = EnumSet.noneOf(WebhookEvent.Kind.class);
		events.forEach(e -> kinds.add(WebhookEvent.Kind.valueOf(e)));
		return kinds;
	}

	void check() {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		if (blank(name) || name.strip().length() > 100) {
			errors.add(new InvalidInput.FieldError("name", "webhook.error.name"));
		}
		boolean line = "LINE_PUSH".equals(kind);
		if (!line && !"GENERIC_JSON".equals(kind)) {
			errors.add(new InvalidInput.FieldError("kind", "webhook.error.kind"));
		}
		else if (line && (blank(lineTo) || blank(lineToken))) {
			errors.add(new InvalidInput.FieldError(blank(lineTo) ? "lineTo" : "lineToken", "webhook.error.line"));
		}
		else if (!line && !httpUrl(url)) {
			errors.add(new InvalidInput.FieldError("url", "webhook.error.url"));
		}
		if (events == null || events.isEmpty()
				|| !events.stream().allMatch(e -> EnumSet.allOf(WebhookEvent.Kind.class).stream().anyMatch(k -> k.name().equals(e)))) {
			errors.add(new InvalidInput.FieldError("events", "webhook.error.events"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private static boolean httpUrl(String text) {
		if (blank(text) || text.length() > 500) {
			return false;
		}
		try {
			URI uri = URI.create(text.strip());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
