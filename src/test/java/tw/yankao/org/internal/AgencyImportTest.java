package tw.yankao.org.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyKind;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@YankaoWebTest
class AgencyImportTest {

	private static final String HEADER = "代碼,上級代碼,類別,中文名稱,英文名稱,生效日期,停用日期,排序\n";

	@Autowired
	AgencyImport agencyImport;

	@Autowired
	AgencyAdministration administration;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	private static String unique() {
		return "X" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	@Test
	void importsATreeWhoseChildrenComeBeforeTheirParents() {
		String p = unique();
		String csv = HEADER + p + "-U,%s,單位,測試科,Test Section,114/01/01,,1\n".formatted(p)
				+ p + ",TCG,一級機關,測試局,Test Bureau,2025-01-01,,99\n";
		AgencyImport.Result result = agencyImport.importCsv(csv.getBytes(StandardCharsets.UTF_8));

		assertThat(result).isEqualTo(new AgencyImport.Result(2, 0));
		Agency bureau = directory.findByCode(p).orElseThrow();
		Agency unit = directory.findByCode(p + "-U").orElseThrow();
		assertThat(unit.parentId()).isEqualTo(bureau.id());
		assertThat(unit.kind()).isEqualTo(AgencyKind.UNIT);
		assertThat(unit.activeFrom()).isEqualTo("2025-01-01");
	}

	@Test
	void readsBig5FilesAndUpdatesKnownCodes() {
		String p = unique();
		agencyImport.importCsv((HEADER + p + ",TCG,一級機關,舊名稱局,Old Bureau,2025-01-01,,1\n").getBytes(StandardCharsets.UTF_8));
		byte[] big5 = (HEADER + p + ",TCG,一級機關,臺中新名稱局,New Bureau,2025-01-01,,1\n").getBytes(Charset.forName("Big5"));

		assertThat(agencyImport.importCsv(big5)).isEqualTo(new AgencyImport.Result(0, 1));
		assertThat(directory.findByCode(p).orElseThrow().nameZh()).isEqualTo("臺中新名稱局");
	}

	@Test
	void oneBadRowRejectsTheWholeFileAndNamesEveryBadRow() {
		String p = unique();
		int before = directory.all().size();
		String csv = HEADER + p + "-A,TCG,一級機關,好機關,Good Bureau,2025-01-01,,1\n"
				+ p + "-B,TCG,局處,壞類別,Bad Kind,2025-01-01,,2\n"
				+ p + "-C,NOPE,一級機關,壞上級,Bad Parent,2025-01-01,,3\n"
				+ p + "-D,TCG,一級機關,壞日期,Bad Date,2025-13-01,,4\n"
				+ "壞 代碼,TCG,一級機關,壞代碼,Bad Code,2025-01-01,,5\n";

		assertThatThrownBy(() -> agencyImport.importCsv(csv.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(ImportRejected.RowError::line, ImportRejected.RowError::column, ImportRejected.RowError::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "類別", "agency.import.bad-kind"),
						org.assertj.core.groups.Tuple.tuple(4, "上級代碼", "agency.error.parent-unknown"),
						org.assertj.core.groups.Tuple.tuple(5, "生效日期", "agency.import.bad-date"),
						org.assertj.core.groups.Tuple.tuple(6, "代碼", "agency.error.code")));
		assertThat(directory.all()).hasSize(before);
		assertThat(directory.findByCode(p + "-A")).isEmpty();
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRejected() {
		assertThatThrownBy(() -> agencyImport.importCsv("code,name\nA,B\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.errors())
				.extracting(ImportRejected.RowError::messageKey)
				.contains("agency.import.missing-column"));
	}

	@Test
	void theImportPageShowsTheBadRowsInChinese() throws Exception {
		String csv = HEADER + unique() + ",TCG,局處,壞類別,Bad Kind,2025-01-01,,2\n";
		mvc.perform(multipart("/admin/agencies/import")
			.file(new MockMultipartFile("file", "agencies.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(users.as(Role.SYSTEM_ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第 2 列「類別」：類別「局處」不正確")));
	}

	@Test
	void anImportWithoutAFileIsABadRequestPage() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/agencies/import")
			.with(users.as(Role.SYSTEM_ADMIN))
			.with(csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownAgencyPageIsA404Page() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/agencies/987654/edit")
			.with(users.as(Role.SYSTEM_ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void aParentCannotBeMovedBelowItsOwnChild() {
		String p = unique();
		agencyImport.importCsv((HEADER + p + ",TCG,一級機關,上層局,Upper,2025-01-01,,1\n" + p
				+ "-S,%s,所屬機關,下層處,Lower,2025-01-01,,1\n".formatted(p)).getBytes(StandardCharsets.UTF_8));
		Agency upper = directory.findByCode(p).orElseThrow();

		assertThatThrownBy(() -> administration.update(upper.id(), new AgencyDraft(p, p + "-S", AgencyKind.SUBORDINATE,
				"上層局", "Upper", upper.activeFrom(), null, 1)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
				.extracting(InvalidInput.FieldError::messageKey)
				.contains("agency.error.parent-cycle"));
		assertThat(directory.findByCode(p).orElseThrow().parentId()).isEqualTo(upper.parentId());
	}

}
