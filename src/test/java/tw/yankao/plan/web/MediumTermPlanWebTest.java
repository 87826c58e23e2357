package tw.yankao.plan.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.MediumTermPlan;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.StaleVersion;
import tw.yankao.plan.editing.EditorFixture;
import tw.yankao.shared.security.Roles;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.testing.AuthorizationMatrix;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.AGENCY_LIAISON;
import static tw.yankao.shared.security.Role.SYSTEM_ADMIN;

/**
 * Medium-term plans: four years, no overlap within an agency, optimistic locking, the annual plans
 * they cover, and who may see and write them. Test years are 900–999.
 */
@YankaoWebTest
class MediumTermPlanWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthorizationMatrix matrix;

	@Autowired
	TestUsers users;

	@Autowired
	PlanManagement plans;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
		EditorFixture.removeYears(jdbc);
		jdbc.sql("delete from medium_term_plan where from_year between 900 and 996").update();
	}

	@Test
	void aMediumTermPlanSpansFourYearsAndHoldsTheAnnualPlansOfThem() {
		MediumTermPlan saved = plans.saveMediumTermPlan(null, 0,
				new MediumTermPlan.Draft(users.ownAgency(), 920, "願景", "使命", "一、目標"));
		AnnualPlanId annual = EditorFixture.draftWithGoals(plans, users.ownAgency(), 923);

		assertThat(saved.toYear()).isEqualTo(923);
		assertThat(plans.mediumTermPlanOf(users.ownAgency(), 923)).contains(saved);
		assertThat(plans.mediumTermPlanOf(users.ownAgency(), 924)).isEmpty();
		assertThat(plans.mediumTermPlanOf(users.otherAgency(), 921)).isEmpty();
		assertThat(plans.find(annual)).isPresent();
	}

	@Test
	void overlappingYearsOfOneAgencyAreRefusedButOtherAgenciesMayShareThem() {
		plans.saveMediumTermPlan(null, 0, new MediumTermPlan.Draft(users.ownAgency(), 930, null, null, null));

		assertThatThrownBy(() -> plans.saveMediumTermPlan(null, 0,
				new MediumTermPlan.Draft(users.ownAgency(), 932, null, null, null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("fromYear"));
		assertThat(plans.saveMediumTermPlan(null, 0,
				new MediumTermPlan.Draft(users.otherAgency(), 932, null, null, null)).fromYear()).isEqualTo(932);
	}

	@Test
	void aChangeAgainstAnOldVersionChangesNothing() {
		MediumTermPlan saved = plans.saveMediumTermPlan(null, 0,
				new MediumTermPlan.Draft(users.ownAgency(), 940, "舊", null, null));
		MediumTermPlan changed = plans.saveMediumTermPlan(saved.id(), 0,
				new MediumTermPlan.Draft(users.ownAgency(), 940, "新", null, null));

		assertThat(changed.version()).isEqualTo(1);
		assertThatThrownBy(() -> plans.saveMediumTermPlan(saved.id(), 0,
				new MediumTermPlan.Draft(users.ownAgency(), 940, "晚到", null, null)))
			.isInstanceOf(StaleVersion.class);
		assertThat(plans.findMediumTermPlan(saved.id()).orElseThrow().vision()).isEqualTo("新");
	}

	@Test
	void pagesCreateShowAndRefuse() throws Exception {
		mvc.perform(post("/medium-term-plans").with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.param("agencyId", String.valueOf(users.ownAgency()))
			.param("fromYear", "950")
			.param("vision", "頁面願景")).andExpect(status().is3xxRedirection());
		MediumTermPlan saved = plans.mediumTermPlanOf(users.ownAgency(), 951).orElseThrow();
		EditorFixture.draftWithGoals(plans, users.ownAgency(), 952);

		mvc.perform(get("/medium-term-plans/{id}", saved.id().value()).with(users.as(AGENCY_LIAISON)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("頁面願景")))
			.andExpect(content().string(containsString("952年度施政計畫")));
		mvc.perform(post("/medium-term-plans").with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.param("agencyId", String.valueOf(users.ownAgency()))
			.param("fromYear", "949"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("949至952年度與本機關另一份中程施政計畫重疊")));
		mvc.perform(post("/medium-term-plans").with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.param("agencyId", String.valueOf(users.otherAgency()))
			.param("fromYear", "960")).andExpect(status().isForbidden());
		mvc.perform(post("/medium-term-plans/{id}", saved.id().value()).with(csrf())
			.with(users.as(AGENCY_LIAISON))
			.param("version", "7")
			.param("agencyId", String.valueOf(users.ownAgency()))
			.param("fromYear", "950"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("重新載入")));
	}

	@Test
	void staffOfTheAgencyReadAndItsLiaisonWrites() throws Exception {
		MediumTermPlan saved = plans.saveMediumTermPlan(null, 0,
				new MediumTermPlan.Draft(users.ownAgency(), 970, null, null, null));
		matrix.agencyRecord(agency -> get("/medium-term-plans/{id}", saved.id().value())).allows(Roles.STAFF).check();
		matrix.agencyRecord(agency -> get("/medium-term-plans/{id}/edit", saved.id().value()))
			.allows(SYSTEM_ADMIN, AGENCY_LIAISON)
			.check();
	}

}
