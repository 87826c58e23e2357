package tw.yankao.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import tw.yankao.audit.AuditEntry;
import tw.yankao.audit.AuditTrail;
import tw.yankao.audit.AuditVerification;
import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.internal.AgencyAdministration;
import tw.yankao.org.internal.AgencyDraft;
import tw.yankao.shared.DataChanged;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;
import tw.yankao.shared.web.Htmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.yankao.shared.security.Role.RDEC_STAFF;

/**
 * The audit log page against the whole application. Other tests write to the log too, so every
 * test marks its entries with a fresh entity, id or actor and filters by it.
 */
@YankaoWebTest
class AuditPageTest {

	private static final Locale ZH_TW = Locale.forLanguageTag("zh-TW");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	AgencyAdministration administration;

	@Autowired
	MessageSource messages;

	private final String marker = UUID.randomUUID().toString();

	@Test
	void filteringByEntityShowsOnlyThatEntity() throws Exception {
		AuditEntries log = entries();
		AuditEntry wanted = log.record(null, null, DataChanged.created("audit-page-" + marker, "wanted-" + marker, Map.of("n", 1)));
		log.record(null, null, DataChanged.created("audit-page-other-" + marker, "unwanted-" + marker, Map.of("n", 2)));

		MvcResult result = list(get("/audit").param("entity", "audit-page-" + marker));

		assertThat(rows(result)).extracting(AuditRow::entry).containsExactly(wanted);
		assertThat(html(result)).contains("wanted-" + marker, "/audit/" + wanted.id()).doesNotContain("unwanted-" + marker);
	}

	@Test
	void filteringByActorShowsOnlyThatActorsChanges() throws Exception {
		String actor = "audit-" + marker;
		Agency agency = agencies.findByCode(TestUsers.OTHER_AGENCY).orElseThrow();
		// saving an agency unchanged still records who saved it, and leaves the demo tree as it was
		AuditEntries.asActor(actor, agency.id(), () -> administration.update(agency.id(), draftOf(agency)));
		entries().record("someone-else-" + marker, null, DataChanged.created("agency", "x-" + marker, Map.of("n", 1)));

		MvcResult result = list(get("/audit").param("actor", actor).param("entity", "agency"));

		assertThat(rows(result)).singleElement().satisfies(row -> {
			assertThat(row.entry().actor()).isEqualTo(actor);
			assertThat(row.entry().entityId()).isEqualTo(Long.toString(agency.id()));
			assertThat(row.entry().action()).isEqualTo("UPDATE");
			assertThat(row.agencyName()).isEqualTo(agency.nameZh());
		});
		assertThat(html(result)).contains(agency.nameZh()).doesNotContain("x-" + marker);
	}

	@Test
	void pagesKeepTheFilters() throws Exception {
		String entity = "audit-paging-" + marker;
		AuditEntries log = entries();
		for (int i = 0; i <= AuditController.PAGE_SIZE; i++) {
			log.record(null, null, DataChanged.created(entity, i, Map.of("n", i)));
		}

		MvcResult first = list(get("/audit").param("entity", entity).param("from", "2020-01-01"));
		MvcResult second = list(get("/audit").param("entity", entity).param("from", "2020-01-01").param("page", "1"));

		assertThat(rows(first)).hasSize(AuditController.PAGE_SIZE);
		assertThat(html(first)).contains("/audit?entity=" + entity + "&amp;from=2020-01-01&amp;page=1");
		assertThat(rows(second)).extracting(row -> row.entry().entityId()).containsExactly("0");
		assertThat(html(second)).contains("/audit?entity=" + entity + "&amp;from=2020-01-01\"");
	}

	@Test
	void anUnreadableDateShowsAnErrorInsteadOfEveryEntry() throws Exception {
		MvcResult result = list(get("/audit").param("from", "not a date"));

		assertThat(result.getModelAndView().getModel()).doesNotContainKey("rows");
		assertThat(html(result)).contains(messages.getMessage("audit.filter.error", new Object[] {
				messages.getMessage("audit.from", null, ZH_TW),
				messages.getMessage("typeMismatch.java.time.LocalDate", null, ZH_TW) }, ZH_TW));
	}

	@Test
	void anHtmxRequestGetsOnlyTheResults() throws Exception {
		String entity = "audit-htmx-" + marker;
		AuditEntry entry = entries().record(null, null, DataChanged.created(entity, marker, Map.of("n", 1)));

		MvcResult result = mvc.perform(get("/audit").param("entity", entity).header(Htmx.REQUEST, "true")
				.with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", hasItem(Htmx.REQUEST)))
			.andReturn();

		assertThat(html(result)).doesNotContain("<html", "<form").contains("/audit/" + entry.id());
		// htmx restoring a page it has not cached asks with HX-Request too, and needs the whole page
		MvcResult restore = mvc.perform(get("/audit").param("entity", entity).header(Htmx.REQUEST, "true")
				.header(Htmx.HISTORY_RESTORE, "true").with(users.as(RDEC_STAFF)))
			.andReturn();
		assertThat(html(restore)).contains("<html", "/audit/" + entry.id());
	}

	@Test
	void anEntryShowsBeforeAfterAndItsHashes() throws Exception {
		AuditEntry entry = entries().record("audit-" + marker, null, DataChanged.updated("audit-page-" + marker, 1,
				Map.of("name", "舊名稱", "code", "C-1"), Map.of("name", "新名稱", "code", "C-1", "note", "備註")));

		String html = html(mvc.perform(get("/audit/{id}", entry.id()).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(html).contains("舊名稱", "新名稱", "備註", entry.hash(), entry.previousHash(), "audit-" + marker,
				messages.getMessage("audit.change.CHANGED", null, ZH_TW),
				messages.getMessage("audit.change.ADDED", null, ZH_TW),
				messages.getMessage("audit.change.UNCHANGED", null, ZH_TW));
		assertThat(html).contains("&quot;name&quot; : &quot;舊名稱&quot;");
	}

	@Test
	void aMissingEntryIsNotFound() throws Exception {
		mvc.perform(get("/audit/{id}", Long.MAX_VALUE).with(users.as(RDEC_STAFF))).andExpect(status().isNotFound());
	}

	@Test
	void verifyingAnIntactChainSaysOkWithTheCount() throws Exception {
		entries().record(null, null, DataChanged.created("audit-page-" + marker, marker, Map.of("n", 1)));

		MvcResult page = mvc.perform(post("/audit/verify").with(csrf()).with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andReturn();
		MvcResult fragment = mvc.perform(post("/audit/verify").with(csrf()).header(Htmx.REQUEST, "true")
				.with(users.as(RDEC_STAFF)))
			.andExpect(status().isOk())
			.andReturn();

		AuditVerification verification = (AuditVerification) page.getModelAndView().getModel().get("verification");
		assertThat(verification.isIntact()).as("%s", verification.brokenLink()).isTrue();
		assertThat(html(page)).contains("<html",
				messages.getMessage("audit.verify.ok", new Object[] { verification.entriesChecked() }, ZH_TW));
		assertThat(html(fragment)).doesNotContain("<html").contains("class=\"ok\"");
	}

	private MvcResult list(MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(users.as(RDEC_STAFF))).andExpect(status().isOk()).andReturn();
	}

	@SuppressWarnings("unchecked")
	private static List<AuditRow> rows(MvcResult result) {
		return (List<AuditRow>) result.getModelAndView().getModel().get("rows");
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private AuditEntries entries() {
		return new AuditEntries(events, transactions, trail);
	}

	private AgencyDraft draftOf(Agency agency) {
		String parentCode = agency.parentId() == null ? null
				: agencies.findById(agency.parentId()).map(Agency::code).orElseThrow();
		return new AgencyDraft(agency.code(), parentCode, agency.kind(), agency.nameZh(), agency.nameEn(),
				agency.activeFrom(), agency.activeTo(), agency.sortOrder());
	}

}
