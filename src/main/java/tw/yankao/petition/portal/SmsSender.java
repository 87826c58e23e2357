package tw.yankao.petition.portal;

/**
 * Sends a short text message to a phone. The default {@link OutboxSmsSender} only records the
 * message in the {@code portal_outbox} table; a city plugs in its SMS gateway by declaring its
 * own bean of this type (it replaces the default). Implementations must not log the number.
 */
public interface SmsSender {

	/**
	 * @param phone digits as given by the citizen, personal data
	 * @param text the message
	 */
	void send(String phone, String text);

}
