package tw.yankao.notify;

import java.time.Instant;
import java.util.List;

/**
 * A notice as one user received it in the application.
 *
 * @param readAt when the user marked it read; null while unread
 */
public record Notification(long id, long userId, String kind, String subjectKey, String bodyKey,
		List<String> arguments, String link, Instant createdAt, Instant readAt) {

	public boolean isUnread() {
		return readAt == null;
	}

	/** The arguments as message arguments. */
	public Object[] messageArguments() {
		return arguments.toArray();
	}

}
