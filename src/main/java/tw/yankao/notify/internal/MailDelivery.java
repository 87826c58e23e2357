package tw.yankao.notify.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import tw.yankao.notify.MailStatus;
import tw.yankao.notify.Notification;
import tw.yankao.org.StaffDirectory;

/**
 * Sends the outbox's e-mails through Spring's {@link JavaMailSender}, in Traditional Chinese with
 * the English below. Without an SMTP host ({@code spring.mail.host}) Spring Boot makes no sender and
 * every e-mail is recorded as skipped, not failed. Logs name outbox ids only, never addresses.
 */
@Component
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
	/** The outbox reason of e-mails not sent for want of an SMTP host. */
	public static final String NO_SMTP_HOST = "no-smtp-host";
	private static final Locale CHINESE = Locale.forLanguageTag("zh-TW");

	private final MailOutbox outbox;
	private final NotificationStore notifications;
	private final StaffDirectory staff;
	private final ObjectProvider<JavaMailSender> sender;
	private final MessageSource messages;
	private final Clock clock;
	private final String from;
	private final String baseUrl;

	MailDelivery(MailOutbox outbox, NotificationStore notifications, StaffDirectory staff,
			ObjectProvider<JavaMailSender> sender, MessageSource messages, Clock clock,
			@Value("${yankao.mail.from:yankao@localhost}") String from,
			@Value("${yankao.mail.base-url:}") String baseUrl) {
		this.outbox = outbox;
		this.notifications = notifications;
		this.staff = staff;
		this.sender = sender;
		this.messages = messages;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/** Whether an SMTP host is configured; without one, e-mails are recorded as skipped when queued. */
	public boolean canSend() {
		return sender.getIfAvailable() != null;
	}

	/** Sends each pending e-mail this instance can claim; the others are another instance's. */
	public void deliver(List<Long> outboxIds) {
		outboxIds.forEach(id -> outbox.claim(id).ifPresent(this::send));
	}

	private void send(MailOutbox.Claimed mail) {
		JavaMailSender mailer = sender.getIfAvailable();
		Optional<String> address = staff.emailOf(mail.userId());
		if (mailer == null || address.isEmpty()) {
			outbox.finish(mail.id(), MailStatus.SKIPPED, mailer == null ? NO_SMTP_HOST : "no-address", clock.instant());
			return;
		}
		Notification notification = notifications.find(mail.notificationId()).orElseThrow();
		try {
			MimeMessage message = mailer.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(from);
			helper.setTo(address.get());
			helper.setSubject(text(notification.subjectKey(), notification, CHINESE) + " / "
					+ text(notification.subjectKey(), notification, Locale.ENGLISH));
			helper.setText(body(notification, CHINESE) + "\n\n----\n\n" + body(notification, Locale.ENGLISH));
			mailer.send(message);
			outbox.finish(mail.id(), MailStatus.SENT, null, clock.instant());
		}
		catch (MailException | MessagingException ex) {
			log.warn("E-mail {} failed: {}", mail.id(), ex.getClass().getSimpleName());
			outbox.finish(mail.id(), MailStatus.FAILED, ex.getClass().getSimpleName(), clock.instant());
		}
	}

	private String body(Notification notification, Locale locale) {
		String body = text(notification.bodyKey(), notification, locale);
		return notification.link() == null ? body : body + "\n" + baseUrl + notification.link();
	}

	private String text(String key, Notification notification, Locale locale) {
		return messages.getMessage(key, notification.messageArguments(), key, locale);
	}

}
