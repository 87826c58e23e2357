package tw.yankao.org.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;
import tw.yankao.shared.web.NotFound;

/** Creates and changes agencies, keeping the tree's rules; every change is audited. */
@Service
public class AgencyAdministration {

	static final String ENTITY = "agency";

	private final Agencies agencies;
	private final ApplicationEventPublisher events;

	AgencyAdministration(Agencies agencies, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.events = events;
	}

	@Transactional
	public Agency create(AgencyDraft draft) {
		List<FieldError> errors = AgencyRules.check(draft, agencies::findByCode);
		if (agencies.findByCode(draft.code()).isPresent()) {
			errors.add(new FieldError("code", "agency.error.code-taken", draft.code()));
		}
		reject(errors);
		long id = agencies.insert(draft, parentId(draft));
		Agency created = agencies.findById(id).orElseThrow();
		events.publishEvent(DataChanged.created(ENTITY, id, created));
		return created;
	}

	@Transactional
	public Agency update(long id, AgencyDraft draft) {
		Agency before = agencies.findById(id).orElseThrow(() -> new NotFound(ENTITY, id));
		List<FieldError> errors = AgencyRules.check(draft, agencies::findByCode);
		agencies.findByCode(draft.code())
			.filter(other -> other.id() != id)
			.ifPresent(other -> errors.add(new FieldError("code", "agency.error.code-taken", draft.code())));
		Long parentId = errors.isEmpty() ? parentId(draft) : null;
		if (parentId != null && agencies.subtree(id).contains(parentId)) {
			errors.add(new FieldError("parentCode", "agency.error.parent-cycle", draft.parentCode()));
		}
		reject(errors);
		agencies.update(id, draft, parentId);
		Agency after = agencies.findById(id).orElseThrow();
		events.publishEvent(DataChanged.updated(ENTITY, id, before, after));
		return after;
	}

	private Long parentId(AgencyDraft draft) {
		return Optional.ofNullable(draft.parentCode())
			.filter(code -> !code.isBlank())
			.flatMap(agencies::findByCode)
			.map(Agency::id)
			.orElse(null);
	}

	private static void reject(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

}
