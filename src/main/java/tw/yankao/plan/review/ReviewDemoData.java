package tw.yankao.plan.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanRow;
import tw.yankao.plan.importing.PlanTextImport;
import tw.yankao.shared.demo.DemoDataset;

/**
 * Something for the RDEC to review: 交通局's plan for ROC year 116, from the 秘書處 seed with the
 * agency renamed, submitted, commented on and returned, then revised (a higher volunteer target)
 * and submitted again, so the review shows a comment and a difference between two versions.
 */
@Component
class ReviewDemoData implements DemoDataset {

	static final String AGENCY = "TCG-TRA";
	static final int ROC_YEAR = 116;
	private static final String SEED = "demo/plans/003_e82097005b831da2.txt";
	private static final String INDICATOR = "每年志工人數成長比例";

	private final PlanManagement plans;
	private final ReviewWorkflow workflow;
	private final AgencyDirectory agencies;
	private final PlanTextImport planImport = new PlanTextImport();

	ReviewDemoData(PlanManagement plans, ReviewWorkflow workflow, AgencyDirectory agencies) {
		this.plans = plans;
		this.workflow = workflow;
		this.agencies = agencies;
	}

	/** After the approved demo plans (20). */
	@Override
	public int order() {
		return 22;
	}

	@Override
	public boolean isLoaded() {
		return agencies.findByCode(AGENCY)
			.map(agency -> plans.plansOf(agency.id()).stream().anyMatch(plan -> plan.rocYear() == ROC_YEAR))
			.orElse(true);
	}

	@Override
	public void load() {
		Agency agency = agencies.findByCode(AGENCY)
			.orElseThrow(() -> new IllegalStateException("the review demo needs the demo agency " + AGENCY));
		String text = seedText().replace("秘書處", "交通局");
		AnnualPlanId id = plans.saveDraft(planImport.read(text), agency.id(), ROC_YEAR, "demo-v1.txt");
		int first = workflow.submit(id, version(id), Actor.DEMO).number();
		String anchor = workflow.rowsOf(id, first, Actor.DEMO)
			.orElseThrow()
			.stream()
			.filter(row -> row.section() == PlanRow.Section.INDICATOR && row.label().equals(INDICATOR))
			.findFirst()
			.orElseThrow()
			.anchor();
		workflow.comment(id, first, anchor, "目標值 8% 與往年相同，請參考 106 年招募成果，訂定更具挑戰性的目標。",
				Actor.DEMO);
		workflow.returnToAgency(id, version(id), "請依審查意見調整志工人數成長目標後再送審。", Actor.DEMO);
		String revised = text.replace("去年志工總人數*100%\t8%", "去年志工總人數*100%\t10%");
		plans.saveDraft(planImport.read(revised), agency.id(), ROC_YEAR, "demo-v2.txt");
		workflow.submit(id, version(id), Actor.DEMO);
	}

	private int version(AnnualPlanId id) {
		return plans.find(id).orElseThrow().summary().version();
	}

	private static String seedText() {
		try {
			return new ClassPathResource(SEED).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
