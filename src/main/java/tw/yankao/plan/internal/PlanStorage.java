package tw.yankao.plan.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanConflict;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.EditablePlan;
import tw.yankao.plan.MediumTermPlan;
import tw.yankao.plan.MediumTermPlanId;
import tw.yankao.plan.PlanCounts;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanQuery;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.importing.ImportedPlan;
import tw.yankao.shared.DataChanged;

/**
 * Saves and reads annual plans (the rule for replacing is on {@link PlanManagement}). Every
 * change publishes a {@link DataChanged} in its transaction; the audit entry holds counts, not
 * the plan, which is tens of kilobytes and already stored here.
 */
@Service
class PlanStorage implements PlanManagement {

	static final String ENTITY = "annual_plan";

	/** What the audit log records of a plan. */
	record Audited(long agencyId, String agencyCode, int rocYear, PlanStatus status, int version, String sourceName,
			PlanCounts counts) {
	}

	/** The header fields an import sets. */
	private record Header(String title, String agencyName, String sourceName) {
	}

	private final AnnualPlans plans;
	private final PlanContents contents;
	private final AgencyDirectory agencies;
	private final ApplicationEventPublisher events;
	private final PlanRevisions revisions;
	private final MediumTermPlans mediumTermPlans;
	private final MediumTermPlanStorage mediumTermStorage;

	PlanStorage(AnnualPlans plans, PlanContents contents, AgencyDirectory agencies, ApplicationEventPublisher events,
			PlanRevisions revisions, MediumTermPlans mediumTermPlans, MediumTermPlanStorage mediumTermStorage) {
		this.plans = plans;
		this.contents = contents;
		this.agencies = agencies;
		this.events = events;
		this.revisions = revisions;
		this.mediumTermPlans = mediumTermPlans;
		this.mediumTermStorage = mediumTermStorage;
	}

	@Override
	@Transactional
	public AnnualPlanId saveDraft(ImportedPlan plan, long agencyId, int rocYear, String sourceName) {
		if (rocYear < 1 || rocYear > 999) {
			throw new IllegalArgumentException("an ROC year is 1-999, not " + rocYear);
		}
		Agency agency = agencies.findById(agencyId)
			.orElseThrow(() -> new IllegalArgumentException("no agency has the id " + agencyId));
		String agencyName = plan.agency() == null ? null : plan.agency().name();
		Header header = new Header((agencyName == null ? agency.nameZh() : agencyName) + rocYear + "年度施政計畫",
				agencyName, sourceName);
		Optional<AnnualPlanSummary> existing = plans.lockOf(agencyId, rocYear).map(AnnualPlans.Header::summary);
		AnnualPlanId id = existing.isPresent() ? replace(existing.get(), agency, header)
				: insert(agency, rocYear, header);
		contents.write(id, ImportedContent.of(plan));
		Audited before = existing.map(old -> audited(old, agency)).orElse(null);
		Audited after = audited(plans.find(id).orElseThrow().summary(), agency);
		events.publishEvent(new DataChanged(ENTITY, id.toString(), "IMPORT", before, after));
		return id;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AnnualPlan> find(AnnualPlanId id) {
		return plans.find(id).map(revisions::read);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AnnualPlanSummary> plans(PlanQuery query) {
		return plans.matching(query);
	}

	@Override
	@Transactional
	public AnnualPlanId startDraft(long agencyId, int rocYear) {
		if (rocYear < 1 || rocYear > 999) {
			throw new IllegalArgumentException("an ROC year is 1-999, not " + rocYear);
		}
		Agency agency = agencies.findById(agencyId)
			.orElseThrow(() -> new IllegalArgumentException("no agency has the id " + agencyId));
		Optional<AnnualPlanSummary> existing = plans.lockOf(agencyId, rocYear).map(AnnualPlans.Header::summary);
		if (existing.isPresent()) {
			throw new AnnualPlanConflict(agency.code() + " already has a plan for ROC year " + rocYear,
					existing.get().id());
		}
		AnnualPlanId id = insert(agency, rocYear, new Header(agency.nameZh() + rocYear + "年度施政計畫", null, null));
		events.publishEvent(DataChanged.created(ENTITY, id, audited(plans.find(id).orElseThrow().summary(), agency)));
		return id;
	}

	@Override
	@Transactional
	public AnnualPlan revise(AnnualPlanId id, int expectedVersion, String part, UnaryOperator<EditablePlan> change) {
		revisions.revise(id, expectedVersion, part, change);
		return find(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<MediumTermPlan> mediumTermPlans(Optional<Set<Long>> agencies) {
		return mediumTermPlans.of(agencies);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MediumTermPlan> findMediumTermPlan(MediumTermPlanId id) {
		return mediumTermPlans.find(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MediumTermPlan> mediumTermPlanOf(long agencyId, int rocYear) {
		return mediumTermPlans.overlapping(agencyId, rocYear, rocYear).stream().findFirst();
	}

	@Override
	@Transactional
	public MediumTermPlan saveMediumTermPlan(MediumTermPlanId id, int expectedVersion, MediumTermPlan.Draft draft) {
		return mediumTermStorage.save(id, expectedVersion, draft);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AnnualPlanSummary> plansOf(long agencyId) {
		return plans.ofAgency(agencyId);
	}

	/**
	 * Moves a plan to another status, audited; for the demo until the review workflow exists.
	 * @throws AnnualPlanConflict when the plan changed since {@code version}
	 */
	@Transactional
	void changeStatus(AnnualPlanSummary plan, PlanStatus status) {
		if (!plans.changeStatus(plan.id(), plan.version(), status)) {
			throw new AnnualPlanConflict("the plan " + plan.id() + " changed meanwhile; try again", plan.id());
		}
		events.publishEvent(DataChanged.updated(ENTITY, plan.id(), new StatusChange(plan.status(), plan.version()),
				new StatusChange(status, plan.version() + 1)));
	}

	/** What the audit log records of a change of status. */
	record StatusChange(PlanStatus status, int version) {
	}

	private AnnualPlanId replace(AnnualPlanSummary old, Agency agency, Header header) {
		if (old.status() != PlanStatus.DRAFT && old.status() != PlanStatus.RETURNED) {
			throw new AnnualPlanConflict(agency.code() + " " + agency.nameZh() + " already has a plan for ROC year "
					+ old.rocYear() + " (id " + old.id() + ", " + old.status()
					+ "); an import may replace only a DRAFT or a RETURNED plan", old.id());
		}
		// the row was locked above, so this fails only if the lock was not held
		if (!plans.replaceDraft(old.id(), old.version(), header.title(), header.agencyName(), header.sourceName())) {
			throw new AnnualPlanConflict("the plan " + old.id() + " of " + agency.code() + " for ROC year "
					+ old.rocYear() + " changed while it was being replaced; try again", old.id());
		}
		contents.remove(old.id());
		return old.id();
	}

	private AnnualPlanId insert(Agency agency, int rocYear, Header header) {
		try {
			return plans.insertDraft(agency.id(), rocYear, header.title(), header.agencyName(), header.sourceName());
		}
		catch (DuplicateKeyException ex) {
			// another transaction saved the same agency and year after our look-up
			throw new AnnualPlanConflict(agency.code() + " " + agency.nameZh() + " got a plan for ROC year " + rocYear
					+ " while this one was being saved; try again", null);
		}
	}

	private static Audited audited(AnnualPlanSummary plan, Agency agency) {
		return new Audited(agency.id(), agency.code(), plan.rocYear(), plan.status(), plan.version(),
				plan.sourceName(), plan.counts());
	}

}
