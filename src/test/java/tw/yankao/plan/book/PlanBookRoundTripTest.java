package tw.yankao.plan.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import tw.yankao.plan.AnnualPlan;
import tw.yankao.shared.document.TextBookRenderer;
import tw.yankao.plan.importing.ImportedPlan;
import tw.yankao.plan.importing.PlanTextImport;
import tw.yankao.plan.internal.SeedPlans;

/**
 * The plain-text book is the book as a DOCX or ODT reader flattens it; imported back it gives the
 * plan it was made from: seed text → plan → book → import → the same plan.
 */
class PlanBookRoundTripTest {

	static final String[] SEEDS = SeedPlans.ALL;

	@ParameterizedTest
	@FieldSource("SEEDS")
	void aBookImportsBackToThePlanItWasMadeFrom(String seed) throws IOException {
		ImportedPlan original = SeedPlans.imported(seed);
		AnnualPlan plan = SeedPlans.plan(original);
		String text = text(plan);

		ImportedPlan reimported = new PlanTextImport().read(text);

		assertThat(reimported.year()).isEqualTo(original.year());
		assertThat(reimported.agency().name()).isEqualTo(original.agency().name());
		assertThat(reimported.objectives()).isEqualTo(original.objectives());
		assertThat(reimported.goals()).isEqualTo(original.goals());
		assertThat(reimported.programmes()).isEqualTo(original.programmes());
		assertThat(reimported.budget()).isEqualTo(original.budget());
	}

	static String text(AnnualPlan plan) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TextBookRenderer().write(new PlanBookComposer().plan(new PlanBookComposer.AgencyPlan(plan.agencyName(), plan)),
				out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
