package tw.yankao.petition.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails a citizen once, at an address rather than to a user: recorded in the outbox in the
 * caller's transaction and sent after it commits through the application's SMTP set-up (the same
 * {@code spring.mail} settings the notify module uses); without one it is recorded as skipped.
 * Logs name outbox ids only.
 */
@Component
class PortalMailer {

	private static final Logger log = LoggerFactory.getLogger(PortalMailer.class);

	private final PortalOutbox outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	PortalMailer(PortalOutbox outbox, ObjectProvider<JavaMailSender> sender,
			@Value("${yankao.mail.from:yankao@localhost}") String from) {
		this.outbox = outbox;
		this.sender = sender;
		this.from = from;
	}

	void send(String address, String subject, String text) {
		JavaMailSender mailer = sender.getIfAvailable();
		if (mailer == null) {
			outbox.record("EMAIL", address, text, "SKIPPED", "no-smtp-host");
			return;
		}
		long id = outbox.record("EMAIL", address, text, "QUEUED", null);
		Runnable deliver = () -> {
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(address);
				message.setSubject(subject);
				message.setText(text);
				mailer.send(message);
				outbox.finish(id, "SENT", null);
			}
			catch (MailException ex) {
				log.warn("Portal e-mail {} failed: {}", id, ex.getClass().getSimpleName());
				outbox.finish(id, "FAILED", ex.getClass().getSimpleName());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver.run();
				}
			});
		}
		else {
			deliver.run();
		}
	}

}
