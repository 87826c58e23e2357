package tw.yankao.plan.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.PlanNarrative;
import tw.yankao.plan.importing.ImportReport;
import tw.yankao.plan.importing.ImportedPlan;
import tw.yankao.plan.importing.PlanFileImport;
import tw.yankao.plan.importing.PlanFormat;
import tw.yankao.plan.internal.SeedPlans;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookRenderer;
import tw.yankao.shared.document.DocxBookRenderer;
import tw.yankao.shared.document.OdtBookRenderer;

/**
 * The round trip with the real renderers and the real import of documents: seed text →
 * plan → DOCX and ODT book → {@link PlanFileImport} → the same goals, indicators, programmes and
 * budget alignment lines.
 */
class PlanBookDocumentRoundTripTest {

	static final String[] SEEDS = SeedPlans.ALL;

	@ParameterizedTest
	@FieldSource("SEEDS")
	void theDocxBookImportsBackToThePlanItWasMadeFrom(String seed) throws IOException {
		importsBack(seed, new DocxBookRenderer(), PlanFormat.DOCX);
	}

	@ParameterizedTest
	@FieldSource("SEEDS")
	void theOdtBookImportsBackToThePlanItWasMadeFrom(String seed) throws IOException {
		importsBack(seed, new OdtBookRenderer(), PlanFormat.ODT);
	}

	private static void importsBack(String seed, BookRenderer renderer, PlanFormat format) throws IOException {
		ImportedPlan original = SeedPlans.imported(seed);
		AnnualPlan plan = SeedPlans.plan(original);

		Book book = book(plan);
		ImportReport report = new PlanFileImport().read(write(book, renderer));
		ImportedPlan reimported = report.plan();

		assertThat(report.format()).isEqualTo(format);
		assertThat(reimported.year()).isEqualTo(original.year());
		assertThat(reimported.agency().name()).isEqualTo(original.agency().name());
		assertThat(reimported.objectives()).isEqualTo(original.objectives());
		assertThat(reimported.goals()).isEqualTo(original.goals());
		assertThat(reimported.programmes()).isEqualTo(original.programmes());
		assertThat(reimported.budget()).isEqualTo(original.budget());
		// headings such as 目錄 come back as narrative, but no row of these tables
		List<String> unrecognised = reimported.unrecognised().stream().flatMap(b -> b.text().lines()).toList();
		assertThat(structureRows(book)).isNotEmpty().noneMatch(unrecognised::contains);
	}

	/** The prose before the parts comes back as narrative and leaves the structure as it was. */
	@ParameterizedTest
	@FieldSource("RENDERERS")
	void theNarrativeLeavesGoalsProgrammesAndBudgetAsTheyWere(BookRenderer renderer) throws IOException {
		for (String seed : SEEDS) {
			ImportedPlan original = SeedPlans.imported(seed);
			AnnualPlan seedPlan = SeedPlans.plan(original);
			AnnualPlan plan = new AnnualPlan(seedPlan.summary(), seedPlan.agencyName(), seedPlan.content(), NARRATIVE);

			ImportedPlan reimported = new PlanFileImport().read(write(plan, renderer)).plan();

			assertThat(reimported.year()).as(seed).isEqualTo(original.year());
			assertThat(reimported.agency().name()).as(seed).isEqualTo(original.agency().name());
			assertThat(reimported.objectives()).as(seed).isEqualTo(original.objectives());
			assertThat(reimported.goals()).as(seed).isEqualTo(original.goals());
			assertThat(reimported.programmes()).as(seed).isEqualTo(original.programmes());
			assertThat(reimported.budget()).as(seed).isEqualTo(original.budget());
			assertThat(reimported.unrecognised()).as(seed)
				.anySatisfy(block -> assertThat(block.text()).contains("願景", "打造智慧城市，建構幸福臺中。", "本會依市政白皮書，擬訂113年度施政計畫。"));
		}
	}

	/** Prose that looks like the parts: a year, an agency's name, numbered lines. */
	static final PlanNarrative NARRATIVE = new PlanNarrative("打造智慧城市，建構幸福臺中。", "一、以研究發展帶動施政。\n二、以管制考核落實施政。",
			List.of(new PlanNarrative.Section("前言", "本會依市政白皮書，擬訂113年度施政計畫。\n臺中市政府研究發展考核委員會")));

	/** Seed 001's budget table of 16 programmes comes back as budget lines, not as narrative. */
	@ParameterizedTest
	@FieldSource("RENDERERS")
	void theBudgetTableImportsBackAsBudgetLines(BookRenderer renderer) throws IOException {
		AnnualPlan plan = SeedPlans.plan(SeedPlans.ALL[1]);

		ImportedPlan reimported = new PlanFileImport().read(write(plan, renderer)).plan();

		assertThat(reimported.budget()).hasSize(16)
			.extracting(ImportedPlan.BudgetLine::amount)
			.contains(new BigDecimal("23287"), new BigDecimal("25400"));
		assertThat(reimported.programmes()).flatExtracting(ImportedPlan.Programme::items).hasSize(16)
			.filteredOn(item -> "1999市民諮詢服務".equals(item.name()))
			.singleElement()
			.satisfies(item -> assertThat(item.budget()).isEqualByComparingTo("23287"));
		assertThat(reimported.unrecognised()).noneMatch(block -> block.text().contains("23,287"));
	}

	static final List<BookRenderer> RENDERERS = List.of(new DocxBookRenderer(), new OdtBookRenderer());

	/** The rows of the goal, programme and budget tables as the readers give them: cells joined by TAB. */
	private static List<String> structureRows(Book book) {
		return book.blocks().stream()
			.filter(Book.Table.class::isInstance)
			.map(Book.Table.class::cast)
			.filter(table -> List.of("編號", "工作計畫").contains(table.header().get(0)))
			.flatMap(table -> table.rows().stream())
			.map(row -> String.join("\t", row))
			.toList();
	}

	private static Book book(AnnualPlan plan) {
		return new PlanBookComposer().plan(new PlanBookComposer.AgencyPlan(plan.agencyName(), plan));
	}

	static byte[] write(AnnualPlan plan, BookRenderer renderer) throws IOException {
		return write(book(plan), renderer);
	}

	static byte[] write(Book book, BookRenderer renderer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.write(book, out);
		return out.toByteArray();
	}

}
