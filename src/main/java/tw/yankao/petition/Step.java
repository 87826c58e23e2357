package tw.yankao.petition;

import java.util.EnumSet;
import java.util.Set;

import tw.yankao.shared.security.Role;

/**
 * The workflow's steps: who may take each and from which statuses. One table, so that the case
 * page can show exactly the steps a viewer may take, and every other step is refused.
 */
public enum Step {
	/** 分案 / 改分: the RDEC assigns a new or returned case */
	ASSIGN(Roles.SUPERVISION, CaseStatus.RECEIVED, CaseStatus.RETURNED),
	/** 受理: the agency takes the case on */
	ACCEPT(Roles.AGENCY, CaseStatus.ASSIGNED),
	/** 退件: the agency says the case is not theirs, with a reason */
	RETURN(Roles.AGENCY, CaseStatus.ASSIGNED),
	/** the handler starts work */
	START(Roles.AGENCY, CaseStatus.ACCEPTED),
	DRAFT_REPLY(Roles.AGENCY, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.REPLY_DRAFTED),
	/** the head approves the reply, which is sent and closes the case */
	APPROVE_REPLY(EnumSet.of(Role.AGENCY_HEAD), CaseStatus.REPLY_DRAFTED),
	/** 移文: to another agency, with a reason */
	TRANSFER(Roles.AGENCY_OR_SUPERVISION, CaseStatus.ASSIGNED, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS),
	/** 展延: the handler asks, the head approves */
	REQUEST_EXTENSION(Roles.AGENCY, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS),
	APPROVE_EXTENSION(EnumSet.of(Role.AGENCY_HEAD), CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS),
	/** waiting for the petitioner: the deadline stops */
	PAUSE(Roles.AGENCY, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS),
	RESUME(Roles.AGENCY, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS),
	/** 重複陳情: this case joins another, linked both ways */
	MERGE(Roles.AGENCY_OR_SUPERVISION, CaseStatus.RECEIVED, CaseStatus.ASSIGNED, CaseStatus.ACCEPTED,
			CaseStatus.IN_PROGRESS),
	/** 行政程序法 §173: an anonymous or unidentifiable case closed without handling */
	CLOSE_UNHANDLED(Roles.AGENCY_OR_SUPERVISION, CaseStatus.RECEIVED, CaseStatus.ASSIGNED, CaseStatus.ACCEPTED,
			CaseStatus.IN_PROGRESS),
	/** the petitioner is not satisfied, within the profile's window */
	REOPEN(EnumSet.of(Role.RDEC_STAFF, Role.SYSTEM_ADMIN, Role.CALL_AGENT), CaseStatus.CLOSED);

	private final Set<Role> roles;

	private final Set<CaseStatus> from;

	Step(Set<Role> roles, CaseStatus first, CaseStatus... rest) {
		this.roles = Set.copyOf(roles);
		this.from = Set.copyOf(EnumSet.of(first, rest));
	}

	public boolean allowedFor(Set<Role> userRoles) {
		return userRoles.stream().anyMatch(roles::contains);
	}

	public boolean allowedFrom(CaseStatus status) {
		return from.contains(status);
	}

	/** Whether the step acts on a case of the user's agency scope, rather than supervising across agencies. */
	boolean supervisory() {
		return this == ASSIGN || this == REOPEN;
	}

	/** The URL and message-key form of the step, e.g. {@code draft-reply}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static java.util.Optional<Step> ofSlug(String slug) {
		return java.util.Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
	}

	private static final class Roles {
		static final Set<Role> SUPERVISION = EnumSet.of(Role.RDEC_STAFF, Role.SYSTEM_ADMIN);
		static final Set<Role> AGENCY = EnumSet.of(Role.CASE_HANDLER, Role.AGENCY_LIAISON, Role.AGENCY_HEAD);
		static final Set<Role> AGENCY_OR_SUPERVISION = EnumSet.of(Role.CASE_HANDLER, Role.AGENCY_LIAISON, Role.AGENCY_HEAD, Role.RDEC_STAFF,
				Role.SYSTEM_ADMIN);
	}
}
