package tw.yankao.petition.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PetitionRules;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/**
 * The knowledge base: agencies maintain their own entries (the RDEC every agency's, as its scope
 * is the whole city); 1999 agents search all of them. Every change is one transaction, checked,
 * version-locked and audited.
 */
@Service
public class KnowledgeBase {

	static final String ENTITY = "petition_knowledge_entry";
	static final int MAX_QUESTION = 500;
	static final int MAX_ANSWER = 4000;
	static final int MAX_KEYWORDS = 500;

	private final KnowledgeEntries entries;
	private final KnowledgeIndex index;
	private final AgencyDirectory agencies;
	private final AgencyScope scope;
	private final CurrentUsers users;
	private final PetitionRules rules;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	KnowledgeBase(KnowledgeEntries entries, KnowledgeIndex index, AgencyDirectory agencies, AgencyScope scope,
			CurrentUsers users, CityProfile profile, ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.index = index;
		this.agencies = agencies;
		this.scope = scope;
		this.users = users;
		this.rules = profile.petitions();
		this.events = events;
		this.clock = clock;
	}

	/** The entries the current user maintains, by category and question. */
	@Transactional(readOnly = true)
	public List<KnowledgeEntry> maintained() {
		return entries.of(scope.accessibleAgencies().orElse(null));
	}

	/** The agencies whose entries the current user may maintain. */
	public List<Agency> maintainableAgencies() {
		return agencies.all().stream().filter(a -> scope.canAccess(a.id())).toList();
	}

	/** @throws NotFound, or AccessDeniedException for another agency's entry */
	@Transactional(readOnly = true)
	public KnowledgeEntry maintainable(long id) {
		KnowledgeEntry e = entries.byId(id).orElseThrow(() -> new NotFound("knowledge entry", id));
		scope.checkAccess(e.agencyId());
		return e;
	}

	/** Entries of every agency matching the words, best first: what the 1999 agent sees while typing. */
	@Transactional(readOnly = true)
	public List<KnowledgeEntry> search(String words, int limit) {
		List<Long> ids = index.search(words, limit);
		Map<Long, KnowledgeEntry> found = ids.stream().map(entries::byId).flatMap(Optional::stream)
			.collect(Collectors.toMap(KnowledgeEntry::id, Function.identity()));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** @throws InvalidInput naming the bad fields; nothing is saved then */
	@Transactional
	public KnowledgeEntry create(KnowledgeDraft draft) {
		KnowledgeEntry checked = check(0, draft, 0);
		long id = entries.insert(checked);
		KnowledgeEntry saved = entries.byId(id).orElseThrow();
		events.publishEvent(DataChanged.created(ENTITY, id, auditView(saved)));
		events.publishEvent(new KnowledgeChanged(id));
		return saved;
	}

	/** @throws StaleEntry when the entry is no longer at {@code version} */
	@Transactional
	public KnowledgeEntry update(long id, int version, KnowledgeDraft draft) {
		KnowledgeEntry before = maintainable(id);
		if (!entries.update(check(id, draft, version))) {
			throw new StaleEntry(id, version);
		}
		KnowledgeEntry saved = entries.byId(id).orElseThrow();
		events.publishEvent(DataChanged.updated(ENTITY, id, auditView(before), auditView(saved)));
		events.publishEvent(new KnowledgeChanged(id));
		return saved;
	}

	@Transactional
	public void delete(long id, int version) {
		KnowledgeEntry before = maintainable(id);
		if (!entries.delete(id, version)) {
			throw new StaleEntry(id, version);
		}
		events.publishEvent(DataChanged.deleted(ENTITY, id, auditView(before)));
		events.publishEvent(new KnowledgeChanged(id));
	}

	private KnowledgeEntry check(long id, KnowledgeDraft d, int version) {
		CurrentUser user = users.current().orElseThrow(() -> new AccessDeniedException("sign in to maintain the knowledge base"));
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		String question = text(d.question(), "question", MAX_QUESTION, true, errors);
		String answer = text(d.answer(), "answer", MAX_ANSWER, true, errors);
		String keywords = text(d.keywords(), "keywords", MAX_KEYWORDS, false, errors);
		String category = d.category() == null || d.category().isBlank() ? null : d.category().strip();
		if (category != null && rules.category(category).isEmpty()) {
			errors.add(new InvalidInput.FieldError("category", "petition.error.category"));
		}
		Optional<Agency> agency = d.agency() == null || d.agency().isBlank() ? Optional.empty()
				: agencies.findByCode(d.agency().strip());
		if (agency.isEmpty()) {
			errors.add(new InvalidInput.FieldError("agency", "petition.error.agency"));
		}
		else if (!scope.canAccess(agency.get().id())) {
			errors.add(new InvalidInput.FieldError("agency", "knowledge.error.agencyScope"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new KnowledgeEntry(id, agency.get().id(), question, answer, category, keywords == null ? "" : keywords,
				clock.instant(), user.username(), version);
	}

	private static String text(String value, String field, int max, boolean required, List<InvalidInput.FieldError> errors) {
		String v = value == null ? null : value.strip();
		if (v == null || v.isEmpty()) {
			if (required) {
				errors.add(new InvalidInput.FieldError(field, "petition.error.required"));
			}
			return null;
		}
		if (v.length() > max) {
			errors.add(new InvalidInput.FieldError(field, "petition.error.tooLong", max));
		}
		return v;
	}

	/** What the audit trail keeps of an entry: the editor's account is the audit entry's own actor, not repeated here. */
	static Map<String, Object> auditView(KnowledgeEntry e) {
		Map<String, Object> view = new java.util.LinkedHashMap<>();
		view.put("agencyId", e.agencyId());
		view.put("question", e.question());
		view.put("answer", e.answer());
		view.put("category", e.category());
		view.put("keywords", e.keywords());
		view.put("version", e.version());
		return view;
	}

}
