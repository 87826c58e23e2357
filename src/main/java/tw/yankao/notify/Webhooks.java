package tw.yankao.notify;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tw.yankao.notify.webhook.WebhookDelivery;
import tw.yankao.notify.webhook.WebhookOutbox;

/**
 * Tells the group channels (outbound webhooks: generic JSON, LINE push) about an event. Joins the
 * caller's transaction: one delivery row per matching target is written with the caller's change,
 * and the HTTP calls (with retries) start only after that commit, off the caller's thread.
 */
@Service
public class Webhooks {

	private final WebhookOutbox outbox;
	private final WebhookDelivery delivery;

	Webhooks(WebhookOutbox outbox, WebhookDelivery delivery) {
		this.outbox = outbox;
		this.delivery = delivery;
	}

	/** @return the ids of the deliveries queued, one per enabled target that subscribes to the event */
	@Transactional
	public List<Long> publish(WebhookEvent event) {
		List<Long> queued = outbox.queue(event);
		if (!queued.isEmpty()) {
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						delivery.deliverLater(queued);
					}
				});
			}
			else {
				delivery.deliverLater(queued);
			}
		}
		return queued;
	}

}
