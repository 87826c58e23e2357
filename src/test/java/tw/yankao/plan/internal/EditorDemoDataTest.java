package tw.yankao.plan.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanSummary;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanStatus;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo gives the demo liaison's agency a draft to edit and 研考會 a medium-term plan. */
@YankaoWebTest
class EditorDemoDataTest {

	@Autowired
	PlanManagement plans;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	EditorDemoData demo;

	@Test
	void theConstructionBureauHasADraftForYear116NamedAfterItself() {
		Agency construction = agencies.findByCode("TCG-CON").orElseThrow();
		AnnualPlanSummary draft = plans.plansOf(construction.id())
			.stream()
			.filter(plan -> plan.rocYear() == 116)
			.findFirst()
			.orElseThrow();
		AnnualPlan plan = plans.find(draft.id()).orElseThrow();

		assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(draft.title()).isEqualTo(construction.nameZh() + "116年度施政計畫");
		assertThat(plan.content().goals()).hasSize(3);
		assertThat(plan.narrative().sections()).extracting(section -> section.title()).containsExactly("前言");
	}

	@Test
	void theRdecHasAMediumTermPlanCoveringYears113To116() {
		long rdec = agencies.findByCode("TCG-RDEC").orElseThrow().id();

		assertThat(plans.mediumTermPlanOf(rdec, 113)).hasValueSatisfying(plan -> {
			assertThat(plan.toYear()).isEqualTo(116);
			assertThat(plan.vision()).isNotBlank();
		});
		assertThat(demo.order()).isEqualTo(21);
		assertThat(demo.isLoaded()).isTrue();
	}

}
