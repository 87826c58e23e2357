package tw.yankao.shared.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.yankao.shared.profile.PetitionRules.SlaKind;

class PetitionRulesTest {

	private final CityProfileLoader loader = new CityProfileLoader();

	@TempDir
	Path dir;

	private final PetitionRules taichung = loader.loadCity("taichung").petitions();

	@Test
	void taichungHasTheTenCategoriesWithTheirKindAndSla() {
		assertThat(taichung.categories()).flatMap(PetitionRules.MainCategory::subCategories)
			.extracting(PetitionRules.Category::code)
			.containsExactlyInAnyOrder("STREET_LIGHT", "ROAD_DAMAGE", "TRAFFIC_SIGNAL", "ILLEGAL_PARKING", "NOISE",
					"GARBAGE", "TREE", "STRAY_ANIMAL", "DRAINAGE", "OTHER");
		assertThat(taichung.category("STREET_LIGHT")).hasValueSatisfying(c -> {
			assertThat(c.kind()).isEqualTo(SlaKind.DISPATCH);
			assertThat(c.sla()).isEqualTo(24);
		});
		assertThat(taichung.category("NOISE")).hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(SlaKind.PETITION));
		assertThat(taichung.category("ROAD")).as("a main category is not a case's category").isEmpty();
	}

	@Test
	void routingTakesTheFirstMatchingRuleByCategoryAndDistrictElseTheDefault() {
		assertThat(taichung.agencyFor("TREE", "和平區")).isEqualTo("TCG-AGR");
		assertThat(taichung.agencyFor("TREE", "西屯區")).isEqualTo("TCG-CON");
		assertThat(taichung.agencyFor("STREET_LIGHT", "北屯區")).isEqualTo("TCG-CON-LGT");
		assertThat(taichung.agencyFor("OTHER", "北屯區")).isEqualTo("TCG-RDEC");
	}

	@Test
	void boundsContainTheCityAndNotTaipei() {
		assertThat(taichung.bounds().contains(24.1477, 120.6736)).as("Taichung City Hall").isTrue();
		assertThat(taichung.bounds().contains(25.0375, 121.5637)).as("Taipei City Hall").isFalse();
	}

	@Test
	void aRoutingRuleForAnUnknownCategoryIsRefused() throws IOException {
		assertThat(refusal("{category: NOISE, districts: [], agency: TCG-EPB}", "{category: NOIZE, districts: [], agency: TCG-EPB}"))
			.contains("routing rules must name sub-categories and districts");
	}

	@Test
	void aRoutingRuleForAnUnknownDistrictIsRefused() throws IOException {
		assertThat(refusal("districts: [和平區, 東勢區, 新社區]", "districts: [和平區, 東勢區, 信義區]"))
			.contains("routing rules must name sub-categories and districts");
	}

	@Test
	void aDuplicateCategoryCodeIsRefused() throws IOException {
		assertThat(refusal("{code: NOISE,", "{code: GARBAGE,")).contains("category codes (main and sub) must be unique");
	}

	@Test
	void aPetitionSlaBeyondTheStatuteIsRefused() throws IOException {
		assertThat(refusal("kind: PETITION, sla: 6}\n    - code: ENVIRONMENT", "kind: PETITION, sla: 31}\n    - code: ENVIRONMENT"))
			.contains("must not exceed statutoryMaximumDays");
	}

	private String refusal(String from, String to) throws IOException {
		String shipped;
		try (InputStream in = getClass().getResourceAsStream("/profiles/taichung.yml")) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(shipped).contains(from);
		Path file = dir.resolve("profile.yml");
		Files.writeString(file, shipped.replace(from, to));
		CityProfileException ex = catchThrowableOfType(CityProfileException.class, () -> loader.load(file));
		assertThat(ex).as("the profile should have been refused").isNotNull();
		return ex.getMessage();
	}

}
