package tw.yankao.petition.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import java.nio.file.Path;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tw.yankao.shared.profile.PetitionRules;

/** Duplicate suggestions and scoped search on an index in memory, at the edges of the profile's rules. */
class CaseSearchTest {

	private static final PetitionRules.Duplicates RULES = new PetitionRules.Duplicates(200, 30, 30);
	private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
	/** 文心路四段, 北屯區 */
	private static final double LAT = 24.1800;
	private static final double LON = 120.6800;
	/** Degrees of latitude per metre, near enough at this scale. */
	private static final double PER_METRE = 1 / 111_195.0;

	private CaseIndex index;
	private CaseSearch search;
	private long ids;

	@BeforeEach
	void openIndex() throws Exception {
		index = new CaseIndex(new ByteBuffersDirectory());
		search = new CaseSearch(index);
	}

	@AfterEach
	void closeIndex() throws Exception {
		index.close();
	}

	private String put(String category, String text, double metresNorth, Duration ago, boolean open, Long agency) {
		long id = ++ids;
		String number = "T" + id;
		index.put(new IndexedCase(id, number, category, text, agency, open, "北屯區", LAT + metresNorth * PER_METRE, LON,
				NOW.minus(ago), NOW));
		index.commit(null);
		return number;
	}

	private List<String> similar(String category, String text) {
		return search.similar(new CaseProbe(category, "北屯區", LAT, LON, text, NOW, null), RULES, 10).stream()
			.map(SimilarCase::number).toList();
	}

	@Test
	void withinTheDistanceIsSuggestedBeyondItIsNot() {
		String near = put("STREET_LIGHT", "文心路四段路燈不亮", 195, Duration.ofDays(1), true, 1L);
		String far = put("STREET_LIGHT", "文心路四段路燈不亮", 205, Duration.ofDays(1), true, 1L);

		assertThat(similar("STREET_LIGHT", "文心路路燈不亮了")).contains(near).doesNotContain(far);
	}

	@Test
	void withinTheDaysIsSuggestedOlderIsNot() {
		String recent = put("STREET_LIGHT", "崇德路路燈閃爍", 10, Duration.ofDays(29), true, 1L);
		String old = put("STREET_LIGHT", "崇德路路燈閃爍", 10, Duration.ofDays(31), true, 1L);

		assertThat(similar("STREET_LIGHT", "崇德路路燈一直閃爍")).contains(recent).doesNotContain(old);
	}

	@Test
	void onlyOpenCasesOfTheSameCategoryAreSuggested() {
		String same = put("ROAD_DAMAGE", "中清路機車道大坑洞", 10, Duration.ofDays(1), true, 1L);
		String closed = put("ROAD_DAMAGE", "中清路機車道大坑洞", 10, Duration.ofDays(1), false, 1L);
		String otherCategory = put("DRAINAGE", "中清路機車道大坑洞", 10, Duration.ofDays(1), true, 1L);

		assertThat(similar("ROAD_DAMAGE", "中清路機車道有坑洞")).containsExactly(same).doesNotContain(closed, otherCategory);
	}

	@Test
	void descriptionsSharingTooFewBigramsAreNotSuggested() {
		String alike = put("NOISE", "樓上住戶深夜施工噪音很吵", 10, Duration.ofDays(1), true, 1L);
		String barely = put("NOISE", "卡拉OK店深夜營業", 10, Duration.ofDays(1), true, 1L); // shares only 深夜

		List<SimilarCase> found = search.similar(new CaseProbe("NOISE", "北屯區", LAT, LON, "深夜樓上施工噪音", NOW, null), RULES, 10);

		assertThat(found).extracting(SimilarCase::number).containsExactly(alike).doesNotContain(barely);
		assertThat(found.get(0).overlapPercent()).isGreaterThanOrEqualTo(RULES.minTextOverlapPercent());
		assertThat(found.get(0).distanceMeters()).isBetween(9, 11);
	}

	@Test
	void withoutAPointTheDistrictDecidesAndTheCaseItselfIsLeftOut() {
		String other = put("GARBAGE", "垃圾車沒有來收垃圾", 5_000, Duration.ofDays(1), true, 1L);
		String self = put("GARBAGE", "垃圾車沒有來收垃圾", 0, Duration.ofDays(1), true, 1L);

		List<SimilarCase> found = search.similar(new CaseProbe("GARBAGE", "北屯區", null, null, "垃圾車沒有來收垃圾", NOW, self),
				RULES, 10);

		assertThat(found).extracting(SimilarCase::number).containsExactly(other);
		assertThat(found.get(0).distanceMeters()).isNull();
	}

	@Test
	void anIncompleteProbeFindsNothing() {
		put("GARBAGE", "垃圾車沒有來", 0, Duration.ofDays(1), true, 1L);

		assertThat(search.similar(new CaseProbe("GARBAGE", null, null, null, "垃圾車沒有來", NOW, null), RULES, 10)).isEmpty();
		assertThat(search.similar(new CaseProbe("GARBAGE", "北屯區", null, null, " ", NOW, null), RULES, 10)).isEmpty();
	}

	@Test
	void searchFindsMostOfTheWordsOnlyInTheGivenAgencies() {
		String mine = put("STREET_LIGHT", "公園旁路燈不亮很危險", 0, Duration.ofDays(400), false, 7L);
		String theirs = put("STREET_LIGHT", "學校前路燈不亮", 0, Duration.ofDays(1), true, 8L);
		put("STREET_LIGHT", "路燈被樹枝擋住", 0, Duration.ofDays(1), true, 7L);

		assertThat(search.search("路燈不亮", Set.of(7L), 10)).extracting(CaseSearch.Hit::number).containsExactly(mine);
		assertThat(search.search("路燈不亮", null, 10)).extracting(CaseSearch.Hit::number).containsExactlyInAnyOrder(mine, theirs);
		assertThat(search.search("，。", null, 10)).isEmpty();
	}

	@Test
	void aChangedCaseReplacesItsDocumentAndTheMarkerSurvivesReopening(@TempDir Path dir) throws Exception {
		try (CaseIndex first = new CaseIndex(FSDirectory.open(dir))) {
			IndexedCase c = new IndexedCase(1, "T1", "TREE", "路樹倒塌", null, true, "北屯區", null, null, NOW, NOW);
			first.put(c);
			first.put(new IndexedCase(1, "T1", "TREE", "路樹倒塌擋路", null, false, "北屯區", null, null, NOW, NOW));
			first.commit(NOW);
			assertThat(first.size()).isEqualTo(1);
		}
		try (CaseIndex reopened = new CaseIndex(FSDirectory.open(dir))) {
			assertThat(reopened.marker()).contains(NOW);
			assertThat(reopened.exists()).isTrue();
		}
	}

}
