package tw.yankao.petition;

/** How a case reached the city. */
public enum Channel {
	PHONE_1999, WEB, EMAIL, MAYOR_MAILBOX, APP, WALK_IN,
	/** transferred to the city by another authority */
	TRANSFER_IN,
	/** an Open311 GeoReport v2 client */
	OPEN311
}
