package tw.yankao.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tw.yankao.notify.internal.MailDelivery;
import tw.yankao.notify.internal.NotificationStore;
import tw.yankao.notify.internal.MailOutbox;
import tw.yankao.shared.web.NotFound;

/**
 * The notify module's facade. {@link #send} joins the caller's transaction: the notifications and
 * their outbox rows are saved with the caller's own change or not at all, and the e-mails go out
 * only after that transaction commits. Reading and marking read concern one user's own
 * notifications; the caller passes the signed-in user's id.
 */
@Service
public class Notifications {

	/** Notifications a page shows at most. */
	public static final int LIMIT = 200;

	private final NotificationStore store;
	private final MailOutbox outbox;
	private final MailDelivery delivery;
	private final Clock clock;

	Notifications(NotificationStore store, MailOutbox outbox, MailDelivery delivery, Clock clock) {
		this.store = store;
		this.outbox = outbox;
		this.delivery = delivery;
		this.clock = clock;
	}

	/**
	 * Gives the notice to each recipient in the application and, if asked, queues an e-mail to each.
	 * @return the ids of the notifications created, one per distinct recipient
	 */
	@Transactional
	public List<Long> send(Notice notice) {
		Instant now = clock.instant();
		List<Long> created = new ArrayList<>();
		List<Long> mails = new ArrayList<>();
		boolean smtp = delivery.canSend();
		for (long recipient : notice.recipients()) {
			long id = store.insert(recipient, notice, now);
			created.add(id);
			if (notice.email() && smtp) {
				mails.add(outbox.add(id, recipient, now));
			}
			else if (notice.email()) {
				// recorded in the same statement count as a queued one: no work after the commit
				outbox.skip(id, recipient, MailDelivery.NO_SMTP_HOST, now);
			}
		}
		if (!mails.isEmpty()) {
			afterCommit(() -> delivery.deliver(mails));
		}
		return created;
	}

	/** The user's notifications, newest first, at most {@link #LIMIT}. */
	@Transactional(readOnly = true)
	public List<Notification> of(long userId) {
		return store.ofUser(userId, LIMIT);
	}

	/** @param kind only this kind, or null for all */
	@Transactional(readOnly = true)
	public long unreadCount(long userId, String kind) {
		return store.unreadCount(userId, kind);
	}

	/**
	 * Marks one of the user's notifications read.
	 * @throws NotFound also when it is someone else's, so that its existence is not revealed
	 */
	@Transactional
	public void markRead(long userId, long notificationId) {
		if (!store.markRead(userId, notificationId, clock.instant())) {
			throw new NotFound("notification", notificationId);
		}
	}

	@Transactional
	public int markAllRead(long userId) {
		return store.markAllRead(userId, clock.instant());
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
