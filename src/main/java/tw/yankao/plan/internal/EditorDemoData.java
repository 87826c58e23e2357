package tw.yankao.plan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.EditablePlan;
import tw.yankao.plan.MediumTermPlan;
import tw.yankao.plan.PlanNarrative;
import tw.yankao.plan.importing.PlanTextImport;
import tw.yankao.shared.demo.DemoDataset;

/**
 * Something for the demo liaison (建設局) to edit: a DRAFT plan for ROC year 116, imported from a
 * seed text and retitled to the agency, and a medium-term plan 113–116 of 研考會 that its annual
 * plans of those years belong to.
 */
@Component
class EditorDemoData implements DemoDataset {

	static final String DRAFT_AGENCY = "TCG-CON";
	static final int DRAFT_YEAR = 116;
	static final String MEDIUM_TERM_AGENCY = "TCG-RDEC";
	static final int MEDIUM_TERM_FROM = 113;
	private static final String SEED = "003_e82097005b831da2.txt";

	private final PlanStorage storage;
	private final MediumTermPlans mediumTermPlans;
	private final AgencyDirectory agencies;

	EditorDemoData(PlanStorage storage, MediumTermPlans mediumTermPlans, AgencyDirectory agencies) {
		this.storage = storage;
		this.mediumTermPlans = mediumTermPlans;
		this.agencies = agencies;
	}

	/** After the seed plans (20). */
	@Override
	public int order() {
		return 21;
	}

	@Override
	public boolean isLoaded() {
		return mediumTermPlans.count() > 0;
	}

	@Override
	public void load() {
		Agency construction = agency(DRAFT_AGENCY);
		byte[] seed;
		try {
			seed = new ClassPathResource("demo/plans/" + SEED).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		AnnualPlanId draft = storage.saveDraft(new PlanTextImport().read(seed), construction.id(), DRAFT_YEAR, SEED);
		int version = storage.find(draft).orElseThrow().summary().version();
		// the seed is another agency's plan: the draft is named after the agency it now belongs to
		storage.revise(draft, version, "demo", plan -> new EditablePlan(
				construction.nameZh() + DRAFT_YEAR + "年度施政計畫",
				new PlanNarrative("宜居城市，安全便捷的公共建設", "以品質、效率與透明推動市政建設",
						java.util.List.of(new PlanNarrative.Section("前言", "本計畫依本府中程施政計畫訂定。"))),
				plan.content()));
		Agency rdec = agency(MEDIUM_TERM_AGENCY);
		storage.saveMediumTermPlan(null, 0, new MediumTermPlan.Draft(rdec.id(), MEDIUM_TERM_FROM,
				"打造智慧治理、高效能的市政團隊", "以研究發展、管制考核與為民服務提升施政品質",
				"一、強化施政計畫管理與績效評核\n二、精進管制考核與數據治理\n三、提升為民服務品質"));
	}

	private Agency agency(String code) {
		return agencies.findByCode(code)
			.orElseThrow(() -> new IllegalStateException("the editor demo needs the demo agency " + code));
	}

}
