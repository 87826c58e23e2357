package tw.yankao.petition.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseWorkflow;
import tw.yankao.petition.Channel;
import tw.yankao.petition.Location;
import tw.yankao.petition.NewCase;
import tw.yankao.petition.PetitionCase;
import tw.yankao.petition.Petitioner;
import tw.yankao.petition.ReplyChannel;
import tw.yankao.petition.Step;
import tw.yankao.petition.StepInput;
import tw.yankao.shared.security.Role;
import tw.yankao.testing.YankaoWebTest;

/** The case index follows the database: after intake and workflow steps, by catching up, by the reindex command. */
@YankaoWebTest
class CaseIndexingTest {

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	CaseIndexing indexing;

	@Autowired
	ReindexCommand reindex;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndexedCases cases;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** A street light far up in 和平區 with words no demo case uses. */
	private PetitionCase take(String description) {
		return intake.receive(new NewCase(UUID.randomUUID().toString(), Channel.PHONE_1999, "STREET_LIGHT", false, description,
				new Location("臺中市和平區梨山里中正路", "和平區", 24.2500, 121.2500),
				new Petitioner("林索引", "0922000111", null, null), ReplyChannel.PHONE, "zh-TW")).petitionCase();
	}

	private List<String> found(String words) {
		return new CaseSearch(indexing.index()).search(words, null, 20).stream().map(CaseSearch.Hit::number).toList();
	}

	private List<String> similar(String words) {
		return new CaseSearch(indexing.index())
			.similar(new CaseProbe("STREET_LIGHT", "和平區", 24.2500, 121.2500, words, Instant.now(), null),
					new tw.yankao.shared.profile.PetitionRules.Duplicates(200, 30, 30), 20)
			.stream().map(SimilarCase::number).toList();
	}

	@Test
	void aCaseTakenIsFoundOnceItsTransactionCommits() {
		PetitionCase c = take("梨山賓館前獨角獸造型路燈熄滅");

		assertThat(found("獨角獸造型路燈")).contains(c.number().value());
	}

	@Test
	void aClosedCaseIsNoLongerSuggestedAsADuplicate() {
		PetitionCase c = take("福壽山農場入口企鵝路燈倒了");
		assertThat(similar("福壽山企鵝路燈倒了")).contains(c.number().value());
		signIn(Role.RDEC_STAFF);

		workflow.take(c.number(), Step.CLOSE_UNHANDLED, new StepInput(c.version(), "測試結案", null, null, null, null));

		assertThat(similar("福壽山企鵝路燈倒了")).doesNotContain(c.number().value());
		assertThat(found("企鵝路燈")).contains(c.number().value());
	}

	@Test
	void changesMadeBehindTheIndexAreCaughtUpOnSynchronising() {
		PetitionCase c = take("武陵農場貓頭鷹路燈");
		jdbc.sql("update petition_case set description = '武陵農場長頸鹿路燈' where id = :id").param("id", c.id()).update();
		assertThat(found("長頸鹿路燈")).doesNotContain(c.number().value());

		indexing.synchronise();

		assertThat(found("長頸鹿路燈")).contains(c.number().value());
		assertThat(found("貓頭鷹路燈")).doesNotContain(c.number().value());
	}

	@Test
	void theReindexCommandRebuildsTheWholeIndexFromTheDatabase() throws Exception {
		PetitionCase c = take("環山部落海豚路燈");
		indexing.index().clear();
		indexing.index().commit(null);
		assertThat(found("海豚路燈")).isEmpty();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = reindex.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));

		long cases = jdbc.sql("select count(*) from petition_case").query(Long.class).single();
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("已重建案件索引：" + cases + " 件");
		assertThat(indexing.index().size()).isEqualTo(cases);
		assertThat(found("海豚路燈")).contains(c.number().value());
		assertThat(indexing.index().marker()).isPresent();
	}

	@Test
	void aMissingIndexIsRebuiltFromTheDatabaseWhenSynchronising(@TempDir Path dir) throws Exception {
		CaseIndexing fresh = new CaseIndexing(cases, dir.resolve("cases"), "serve");
		try {
			fresh.synchronise();

			long count = jdbc.sql("select count(*) from petition_case").query(Long.class).single();
			assertThat(fresh.index().size()).isEqualTo(count).isGreaterThan(0);
			assertThat(fresh.index().marker()).isPresent();
		}
		finally {
			fresh.close();
		}
	}

	private static void signIn(Role role) {
		SignedInUser user = new SignedInUser(new CurrentUser(870_000 + role.ordinal(), "search-" + role.name().toLowerCase(),
				null, Set.of(role)), "搜尋測試");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
