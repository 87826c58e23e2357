package tw.yankao.petition.open311;

/** A POST without a valid api_key: a missing, unknown or revoked key. Answered 403 as the spec says. */
class Open311Forbidden extends RuntimeException {

	Open311Forbidden() {
		super("api_key missing, unknown or revoked");
	}
}
