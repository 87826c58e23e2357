package tw.yankao.shared.security;

/** The roles of Yankao; Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
	/** Runs the platform: agencies, users, calendar, configuration. */
	SYSTEM_ADMIN,
	/** 研考會 staff: see every agency's records. */
	RDEC_STAFF,
	/** An agency's 研考人員: plans and tracking for their agency. */
	AGENCY_LIAISON,
	/** 承辦人: handles cases and items of their agency. */
	CASE_HANDLER,
	/** 主管: approves within their agency. */
	AGENCY_HEAD,
	/** 1999 call agent. */
	CALL_AGENT,
	/** A registered citizen. */
	CITIZEN;

	public String authority() {
		return "ROLE_" + name();
	}
}
