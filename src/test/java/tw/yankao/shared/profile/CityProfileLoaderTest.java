package tw.yankao.shared.profile;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CityProfileLoaderTest {

	private final CityProfileLoader loader = new CityProfileLoader();

	@TempDir
	Path dir;

	@Test
	void shippedTaichungProfileLoadsAndValidates() {
		CityProfile profile = loader.loadCity("taichung");

		assertThat(profile.code()).isEqualTo("taichung");
		assertThat(profile.names().zh()).isEqualTo("臺中市");
		assertThat(profile.timeZone()).isEqualTo(ZoneId.of("Asia/Taipei"));
		assertThat(profile.tracking().tenderTrackingThreshold()).isEqualTo(1_000_000L);
		assertThat(profile.tracking().lag().seriouslyBehindPoints()).isEqualByComparingTo("10");
		assertThat(profile.tracking().lag().procurement().otherDays()).isEqualTo(10);
		assertThat(profile.tracking().overseasTripReports().mainlandChinaDueMonths()).isEqualTo(1);
		assertThat(profile.documents().urgencyClasses())
			.extracting(DocumentRules.UrgencyClass::nameZh, DocumentRules.UrgencyClass::workingDays)
			.containsExactly(tuple("最速件", 1), tuple("速件", 3), tuple("普通件", 6));
		assertThat(profile.documents().categories()).extracting(DocumentRules.Category::nameZh)
			.containsExactly("一般公文", "會辦公文", "人民申請案件", "訴願答辯");
		assertThat(profile.documents().overdueReportLinePercent()).isEqualByComparingTo("3");
		assertThat(profile.petitions().statutoryMaximumDays()).isEqualTo(30);
		assertThat(profile.callCentre().answeredInTimeTargetPercent()).isEqualByComparingTo(new BigDecimal("85"));
	}

	@Test
	void twoDocumentCategoriesWithOneCodeAreRefused() throws IOException {
		CityProfileException.Problem problem = onlyProblem(shippedWith("code: CO_SIGNED", "code: GENERAL"));

		assertThat(problem.key()).startsWith("documents");
		assertThat(problem.reason()).contains("category codes must be unique");
	}

	@Test
	void unknownKeyIsNamedByItsFullPath() throws IOException {
		CityProfileException.Problem problem = onlyProblem(shippedWith("seriouslyBehindPoints: 10", "seriouslyBehindPointz: 10"));

		assertThat(problem.key()).isEqualTo("tracking.lag.seriouslyBehindPointz");
		assertThat(problem.reason()).startsWith("unknown key").contains("seriouslyBehindPoints");
	}

	@Test
	void missingRequiredKeyIsNamed() throws IOException {
		CityProfileException.Problem problem = onlyProblem(shippedWith("    constructionSeriouslyBehindPoints: 20\n", ""));

		assertThat(problem.key()).isEqualTo("tracking.lag.constructionSeriouslyBehindPoints");
		assertThat(problem.reason()).startsWith("missing required key");
	}

	@Test
	void missingSectionIsNamed() throws IOException {
		CityProfileException.Problem problem = onlyProblem(shippedWith("callCentre:                             # 1999 (001)\n  answerWithinSeconds: 20\n  answeredInTimeTargetPercent: 85\n", ""));

		assertThat(problem.key()).isEqualTo("callCentre");
		assertThat(problem.reason()).startsWith("missing required key");
	}

	@Test
	void wrongTypeIsNamed() throws IOException {
		CityProfileException.Problem problem = onlyProblem(shippedWith("progressReportDueDay: 5", "progressReportDueDay: fifth"));

		assertThat(problem.key()).isEqualTo("tracking.progressReportDueDay");
		assertThat(problem.reason()).startsWith("wrong type").contains("a number");
	}

	@Test
	void fractionWhereWholeDaysAreExpectedIsAWrongTypeInsideTheList() throws IOException {
		CityProfileException.Problem problem = onlyProblem(shippedWith("workingDays: 3", "workingDays: 2.5"));

		assertThat(problem.key()).isEqualTo("documents.urgencyClasses[1].workingDays");
		assertThat(problem.reason()).startsWith("wrong type");
	}

	@Test
	void unknownTimeZoneIsNamed() throws IOException {
		CityProfileException.Problem problem = onlyProblem(shippedWith("timeZone: Asia/Taipei", "timeZone: Asia/Taichung"));

		assertThat(problem.key()).isEqualTo("timeZone");
	}

	@Test
	void outOfRangePercentageIsNamed() throws IOException {
		CityProfileException.Problem problem = onlyProblem(shippedWith("answeredInTimeTargetPercent: 85", "answeredInTimeTargetPercent: 120"));

		assertThat(problem.key()).isEqualTo("callCentre.answeredInTimeTargetPercent");
		assertThat(problem.reason()).contains("120").contains("100");
	}

	@Test
	void outOfRangeValueInAListIsNamedWithItsIndex() throws IOException {
		CityProfileException.Problem problem = onlyProblem(shippedWith("workingDays: 6", "workingDays: 0"));

		assertThat(problem.key()).isEqualTo("documents.urgencyClasses[2].workingDays");
	}

	@Test
	void nonExistentCityNamesTheCityProperty() {
		CityProfileException ex = catchThrowableOfType(CityProfileException.class, () -> loader.loadCity("atlantis"));

		assertThat(ex.problems()).singleElement().satisfies(p -> {
			assertThat(p.key()).isEqualTo("yankao.city");
			assertThat(p.reason()).contains("atlantis");
		});
	}

	@Test
	void cityCodeThatIsNoCodeIsRefusedBeforeAnyLookUp() {
		CityProfileException ex = catchThrowableOfType(CityProfileException.class, () -> loader.loadCity("../application"));

		assertThat(ex.problems()).singleElement().extracting(CityProfileException.Problem::key).isEqualTo("yankao.city");
	}

	@Test
	void missingFileNamesTheFileProperty() {
		CityProfileException ex = catchThrowableOfType(CityProfileException.class, () -> loader.load(dir.resolve("none.yml")));

		assertThat(ex.problems()).singleElement().extracting(CityProfileException.Problem::key).isEqualTo("yankao.profile-file");
	}

	@Test
	void failureAnalyzerIsRegisteredAndNamesTheKey() throws IOException {
		Path file = shippedWith("seriouslyBehindPoints: 10", "seriouslyBehindPointz: 10");
		CityProfileException ex = catchThrowableOfType(CityProfileException.class, () -> loader.load(file));

		FailureAnalysis analysis = SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, (type, name, failure) -> { }).stream()
			.filter(CityProfileFailureAnalyzer.class::isInstance).findFirst().orElseThrow()
			.analyze(new IllegalStateException("Error creating bean with name 'cityProfile'", ex));

		assertThat(analysis.getDescription()).contains("tracking.lag.seriouslyBehindPointz").contains(file.toString());
		assertThat(analysis.getAction()).contains("yankao.profile-file");
	}

	private CityProfileException.Problem onlyProblem(Path file) {
		CityProfileException ex = catchThrowableOfType(CityProfileException.class, () -> loader.load(file));
		assertThat(ex).as("the profile should have been refused").isNotNull();
		assertThat(ex.problems()).hasSize(1);
		assertThat(ex.getMessage()).contains(ex.problems().get(0).key());
		return ex.problems().get(0);
	}

	private Path shippedWith(String from, String to) throws IOException {
		String shipped;
		try (InputStream in = getClass().getResourceAsStream("/profiles/taichung.yml")) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(shipped).contains(from);
		Path file = dir.resolve("profile.yml");
		Files.writeString(file, shipped.replaceFirst(java.util.regex.Pattern.quote(from), to));
		return file;
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
