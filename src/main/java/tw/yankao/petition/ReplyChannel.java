package tw.yankao.petition;

/** How the petitioner wants the answer; {@code NONE} for anonymous cases. */
public enum ReplyChannel {
	NONE, PHONE, EMAIL, POST, SMS
}
