package tw.yankao.notify;

/** How an e-mail of the outbox went. */
public enum MailStatus {
	/** Written with the notice, to be sent once the sender's transaction commits. */
	PENDING,
	/** Claimed by one instance, which is sending it. */
	SENDING,
	SENT,
	/** Not sent on purpose: no SMTP host configured, or the user has no address. */
	SKIPPED,
	/** The SMTP server refused or could not be reached. */
	FAILED
}
