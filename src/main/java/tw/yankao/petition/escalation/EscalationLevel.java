package tw.yankao.petition.escalation;

/** How late an open case is: each level is escalated once per case. */
enum EscalationLevel {
	/** the deadline is near: the agency head hears of it */
	NEAR,
	/** the deadline has passed: the head and the RDEC hear of it (and the group channels, for an urgent case) */
	MISSED
}
