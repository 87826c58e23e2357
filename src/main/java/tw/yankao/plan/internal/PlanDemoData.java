package tw.yankao.plan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.importing.PlanTextImport;
import tw.yankao.shared.demo.DemoDataset;

/**
 * The four seed plans (研考會 ROC 109, 107 and 105; 秘書處 107), imported from
 * {@code demo/plans/} through the same import as {@code plan import} and shown as APPROVED, as
 * the real plans were. The demo sets the status directly (audited like any change) rather than
 * replaying a review that never happened here; {@code ReviewDemoData} shows a real review.
 */
@Component
class PlanDemoData implements DemoDataset {

	private record DemoPlan(String file, String agencyCode, int rocYear) {
	}

	private static final List<DemoPlan> PLANS = List.of(
			new DemoPlan("000_4f23a1f3feca694f.txt", "TCG-RDEC", 109),
			new DemoPlan("001_5fccbe9958ba3c3a.txt", "TCG-RDEC", 107),
			new DemoPlan("002_194818ed3874251f.txt", "TCG-RDEC", 105),
			new DemoPlan("003_e82097005b831da2.txt", "TCG-SEC", 107));

	private final PlanStorage storage;
	private final AnnualPlans plans;
	private final AgencyDirectory agencies;
	private final PlanTextImport planImport = new PlanTextImport();

	PlanDemoData(PlanStorage storage, AnnualPlans plans, AgencyDirectory agencies) {
		this.storage = storage;
		this.plans = plans;
		this.agencies = agencies;
	}

	/** After the organisation (0) and the calendar (10): plans belong to agencies. */
	@Override
	public int order() {
		return 20;
	}

	/** Any plan counts: the demo must never add to plans someone imported. */
	@Override
	public boolean isLoaded() {
		return plans.count() > 0;
	}

	@Override
	public void load() {
		for (DemoPlan demo : PLANS) {
			Agency agency = agencies.findByCode(demo.agencyCode())
				.orElseThrow(() -> new IllegalStateException("demo plans need the demo agency " + demo.agencyCode()));
			AnnualPlanId id = storage.saveDraft(planImport.read(bytes(demo.file())), agency.id(), demo.rocYear(),
					demo.file());
			storage.changeStatus(plans.find(id).orElseThrow().summary(), PlanStatus.APPROVED);
		}
	}

	private static byte[] bytes(String file) {
		try {
			return new ClassPathResource("demo/plans/" + file).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
