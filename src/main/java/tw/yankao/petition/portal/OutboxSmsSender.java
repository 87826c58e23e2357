package tw.yankao.petition.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default SMS sender: records the message as queued in the outbox, for a gateway job or an
 * operator to send; nothing is logged. Replaced by any other {@link SmsSender} bean.
 */
class OutboxSmsSender implements SmsSender {

	private final PortalOutbox outbox;

	OutboxSmsSender(PortalOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void send(String phone, String text) {
		outbox.record("SMS", phone, text, "QUEUED", null);
	}

	@Configuration(proxyBeanMethods = false)
	static class Default {

		@Bean
		@ConditionalOnMissingBean(SmsSender.class)
		SmsSender outboxSmsSender(PortalOutbox outbox) {
			return new OutboxSmsSender(outbox);
		}

	}

}
