package tw.yankao.petition.portal;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.petition.CaseNumber;
import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseStatus;
import tw.yankao.petition.PetitionCase;
import tw.yankao.petition.attachments.CaseAttachments;

/**
 * The status page's look-up: a case number and its status code. An unknown number, a case not
 * submitted on the portal and a wrong code give the same empty answer, so that the page tells a
 * guesser nothing; look-ups are rate-limited per IP address.
 */
@Service
public class StatusLookup {

	private final JdbcClient jdbc;

	private final RateLimiter limits;

	private final CaseIntake intake;

	private final CaseAttachments attachments;

	private final AgencyDirectory agencies;

	private final PortalLimits portal;

	StatusLookup(JdbcClient jdbc, RateLimiter limits, CaseIntake intake, CaseAttachments attachments,
			AgencyDirectory agencies, PortalLimits portal) {
		this.portal = portal;
		this.jdbc = jdbc;
		this.limits = limits;
		this.intake = intake;
		this.attachments = attachments;
		this.agencies = agencies;
	}

	static String hash(String number, String code) {
		return Hashes.sha256("status", number, code.strip().toUpperCase(Locale.ROOT));
	}

	/** @throws TooManyAttempts after too many look-ups from the IP address */
	@Transactional(readOnly = true)
	public Optional<CaseStatusView> lookup(String number, String code, String clientIp, Locale locale) {
		limits.hit("status-ip", clientIp, portal.statusTriesPerIp(), portal.statusWindow());
		String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
		String c = code == null ? "" : code;
		String given = hash(n, c);
		Optional<String> stored = jdbc.sql("""
				select s.code_hash from portal_status_code s join petition_case p on p.id = s.case_id
				where p.number = ?""")
			.param(n)
			.query(String.class)
			.optional();
		if (stored.isEmpty() || !Hashes.same(stored.get(), given)) {
			return Optional.empty();
		}
		PetitionCase pc = intake.byNumber(new CaseNumber(n));
		String agency = pc.agencyId() == null ? null
				: agencies.findById(pc.agencyId()).map(a -> a.name(locale)).orElse(null);
		String reply = pc.status() == CaseStatus.CLOSED ? pc.handling().reply() : null;
		var photos = attachments.ofCase(pc.id()).stream()
			.map(a -> "data:" + a.contentType() + ";base64," + Base64.getEncoder().encodeToString(attachments.publicCopy(a.id())))
			.toList();
		return Optional.of(new CaseStatusView(pc.number().value(), pc.category(), pc.status(), pc.receivedAt(),
				pc.deadline(), pc.closedAt(), agency, reply, photos));
	}

}
