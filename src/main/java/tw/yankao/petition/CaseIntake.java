package tw.yankao.petition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PetitionRules;
import tw.yankao.shared.web.NotFound;

/**
 * Receives cases from every channel: checks them, numbers them, computes their deadline and
 * routes them to an agency by the city profile, all in one transaction. Idempotent: a retried
 * intake with the same key returns the case already created, even when both arrive at once.
 */
@Service
public class CaseIntake {

	/** What an intake did. */
	public record Intake(PetitionCase petitionCase, boolean created) {
	}

	private final PetitionCases cases;

	private final CaseRules caseRules;

	private final Deadlines deadlines;

	private final PetitionRules rules;

	private final CityProfile profile;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseIntake(PetitionCases cases, CaseRules caseRules, Deadlines deadlines, CityProfile profile,
			AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.caseRules = caseRules;
		this.deadlines = deadlines;
		this.rules = profile.petitions();
		this.profile = profile;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/** @throws tw.yankao.shared.web.InvalidInput naming the bad fields; nothing is saved then */
	@Transactional
	public Intake receive(NewCase request) {
		caseRules.check(request);
		if (request.idempotencyKey() != null) {
			Optional<PetitionCase> earlier = cases.byIdempotencyKey(request.idempotencyKey());
			if (earlier.isPresent()) {
				return new Intake(earlier.get(), false);
			}
		}
		PetitionCase draft = draft(request, clock.instant());
		Optional<Long> id = cases.insert(draft, request.idempotencyKey());
		if (id.isEmpty()) {
			// a concurrent intake with the same key committed first: return its case
			return new Intake(cases.byIdempotencyKey(request.idempotencyKey()).orElseThrow(), false);
		}
		cases.recordStep(id.get(), "RECEIVE", null, CaseStatus.RECEIVED, null, null, null, null, draft.receivedAt());
		if (draft.status() == CaseStatus.ASSIGNED) {
			cases.recordStep(id.get(), "ASSIGN", CaseStatus.RECEIVED, CaseStatus.ASSIGNED, draft.agencyId(), null, null,
					"routing", draft.receivedAt());
		}
		else if (draft.status() == CaseStatus.CLOSED) {
			cases.recordStep(id.get(), "ANSWER", CaseStatus.RECEIVED, CaseStatus.CLOSED, null, null, null, null,
					draft.receivedAt());
		}
		PetitionCase saved = cases.byId(id.get()).orElseThrow();
		events.publishEvent(DataChanged.created("petition_case", saved.number(), auditView(saved)));
		return new Intake(saved, true);
	}

	/** A case by its number, unmasked: callers decide what the viewer may see. */
	@Transactional(readOnly = true)
	public PetitionCase byNumber(CaseNumber number) {
		return cases.byNumber(number).orElseThrow(() -> new NotFound("petition case", number));
	}

	/** The caller's earlier cases by phone, newest first. */
	@Transactional(readOnly = true)
	public List<PetitionCase> ofPhone(String phone, int limit) {
		return cases.ofPhone(phone, limit);
	}

	private PetitionCase draft(NewCase request, Instant now) {
		PetitionRules.Category category = rules.category(request.category()).orElseThrow();
		Location location = request.location() == null ? Location.UNKNOWN : request.location();
		LocalDate today = now.atZone(profile.timeZone()).toLocalDate();
		CaseNumber number = CaseNumber.of(rules.caseNumberPrefix(), today, cases.nextSequence());
		ReplyChannel reply = request.replyChannel() == null ? ReplyChannel.NONE : request.replyChannel();
		String language = request.language() == null ? "zh-TW" : request.language();
		if (request.inquiry()) {
			return new PetitionCase(0, number, CaseKind.INQUIRY, request.channel(), request.category(),
					request.description(), location, request.petitioner(), reply, language, now, now,
					CaseStatus.CLOSED, null, now, PetitionCase.Handling.NEW, 0);
		}
		CaseKind kind = category.kind() == PetitionRules.SlaKind.DISPATCH ? CaseKind.DISPATCH : CaseKind.PETITION;
		Instant deadline = deadlines.deadline(category.kind(), category.sla(), now, List.of(), 0);
		Long agencyId = route(request.category(), location.district(), today);
		return new PetitionCase(0, number, kind, request.channel(), request.category(), request.description(),
				location, request.petitioner(), reply, language, now, deadline,
				agencyId == null ? CaseStatus.RECEIVED : CaseStatus.ASSIGNED, agencyId, null, PetitionCase.Handling.NEW, 0);
	}

	/** The routed agency, or null when the profile names none that exists today: the RDEC then assigns by hand. */
	private Long route(String category, String district, LocalDate today) {
		return agencies.findByCode(rules.agencyFor(category, district))
			.or(() -> agencies.findByCode(rules.routing().defaultAgency()))
			.filter(a -> a.isActiveOn(today))
			.map(Agency::id)
			.orElse(null);
	}

	/** What the audit trail keeps of a case: no personal data, which the audit log must not hold. */
	static Map<String, Object> auditView(PetitionCase c) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("number", c.number().value());
		view.put("kind", c.kind());
		view.put("channel", c.channel());
		view.put("category", c.category());
		view.put("district", c.location().district());
		view.put("status", c.status());
		view.put("agencyId", c.agencyId());
		view.put("deadline", c.deadline().toString());
		view.put("version", c.version());
		return view;
	}

}
