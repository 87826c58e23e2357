package tw.yankao.petition.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.testing.YankaoWebTest;

/** Retention at as-of 2005-06-01 with the profile's 5 years: cases closed before 2000-06-01 lose their personal data. */
@YankaoWebTest
class AnonymiseCommandTest {

	private static final String AS_OF = "--as-of=2005-06-01";

	@Autowired
	AnonymiseCommand command;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseAnonymiser anonymiser;

	@Autowired
	java.time.Clock clock;

	@Autowired
	tw.yankao.shared.profile.CityProfile profile;

	private String oldClosed;

	private String recentClosed;

	private String open;

	@BeforeEach
	void cases() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		oldClosed = insert("RA" + run + "-1", "2000-01-05T09:00:00+08:00", "2000-01-20T09:00:00+08:00");
		recentClosed = insert("RA" + run + "-2", "2000-11-05T09:00:00+08:00", "2000-12-20T09:00:00+08:00");
		open = insert("RA" + run + "-3", "2000-01-05T09:00:00+08:00", null);
	}

	/** The open fixture would otherwise sit at the top of everyone's overdue lists. */
	@AfterEach
	void removeCases() {
		jdbc.sql("delete from petition_case where number in (:numbers)").param("numbers", List.of(oldClosed, recentClosed, open)).update();
	}

	private String insert(String number, String received, String closed) {
		long id = jdbc.sql("""
				insert into petition_case (number, kind, channel, category, description, address, district, anonymous,
				  petitioner_name, petitioner_phone, petitioner_email, petitioner_address, reply_channel, language,
				  received_at, deadline, status, closed_at, reply)
				values (:number, 'PETITION', 'PHONE_1999', 'NOISE', '半夜施工很吵，請回電 0912-345-678 或寄 ming@example.tw',
				  '臺中市北屯區文心路四段100號5樓', '北屯區', false, '王小明', '0912345678', 'ming@example.tw',
				  '臺中市西屯區臺灣大道三段99號', 'PHONE', 'zh-TW', cast(:received as timestamptz),
				  cast(:received as timestamptz) + interval '10 days', :status, cast(:closed as timestamptz),
				  '已聯絡王先生 0912345678')
				returning id""")
			.param("number", number).param("received", received).param("closed", closed)
			.param("status", closed == null ? "IN_PROGRESS" : "CLOSED")
			.query(Long.class).single();
		jdbc.sql("""
				insert into petition_case_step (case_id, step, from_status, to_status, reason, at)
				values (:id, 'RETURN', 'ASSIGNED', 'RETURNED', '非本局業務，陳情人電話 0912345678', cast(:at as timestamptz))""")
			.param("id", id).param("at", received).update();
		return number;
	}

	private Map<String, Object> row(String number) {
		return jdbc.sql("""
				select c.petitioner_name, c.petitioner_phone, c.petitioner_email, c.petitioner_address, c.address,
				  c.description, c.reply, c.anonymised_at, s.reason
				from petition_case c join petition_case_step s on s.case_id = c.id where c.number = :number""")
			.param("number", number).query().singleRow();
	}

	private String run(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int code = command.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertThat(code).isZero();
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void casesClosedLongerAgoThanTheRetentionPeriodLoseTheirPersonalData() {
		String output = run(AS_OF);

		assertThat(output).startsWith("anonymised cases closed before 2000-06-01:");
		Map<String, Object> old = row(oldClosed);
		assertThat(old.get("petitioner_name")).isEqualTo(CaseAnonymiser.NAME_MARK);
		assertThat(old.get("petitioner_phone")).isNull();
		assertThat(old.get("petitioner_email")).isNull();
		assertThat(old.get("petitioner_address")).isNull();
		assertThat(old.get("address")).isEqualTo("臺中市北屯區文心路四段○○");
		assertThat(old.get("description")).isEqualTo("半夜施工很吵，請回電 [電話] 或寄 [電子郵件]");
		assertThat(old.get("reply")).isEqualTo("已聯絡王先生 [電話]");
		assertThat(old.get("reason")).isEqualTo("非本局業務，陳情人電話 [電話]");
		assertThat(old.get("anonymised_at")).isNotNull();
		for (String kept : List.of(recentClosed, open)) {
			Map<String, Object> untouched = row(kept);
			assertThat(untouched.get("petitioner_name")).isEqualTo("王小明");
			assertThat(untouched.get("petitioner_phone")).isEqualTo("0912345678");
			assertThat(untouched.get("description")).asString().contains("0912-345-678");
			assertThat(untouched.get("anonymised_at")).isNull();
		}
	}

	@Test
	void aSecondRunChangesNothing() {
		run(AS_OF);
		Map<String, Object> after = row(oldClosed);

		assertThat(run(AS_OF)).startsWith("anonymised cases closed before 2000-06-01: 0,");
		assertThat(row(oldClosed)).isEqualTo(after);
	}

	@Test
	void aDryRunCountsWithoutChanging() {
		String output = run("--dry-run", AS_OF);

		assertThat(output).startsWith("would anonymise cases closed before 2000-06-01:");
		assertThat(Integer.parseInt(output.replaceAll("(?s).*: (\\d+).*", "$1"))).isPositive();
		assertThat(row(oldClosed).get("petitioner_name")).isEqualTo("王小明");
	}

	@Test
	void theAuditEntryHoldsCountsOnly() {
		run(AS_OF);

		List<String> entries = jdbc.sql("select after_json from audit_entry where entity = 'petition_case' and action = 'ANONYMISE'")
			.query(String.class).list();
		assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e).contains("cases").doesNotContain("王小明", "0912"));
	}

	/** The launcher passes {@code --} options to Spring, not to the command: they arrive as properties. */
	@Test
	void optionsAreAlsoReadAsSpringProperties() {
		var environment = new org.springframework.mock.env.MockEnvironment().withProperty("dry-run", "").withProperty("as-of", "2005-06-01");
		AnonymiseCommand launched = new AnonymiseCommand(anonymiser, environment, clock, profile);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		assertThat(launched.run(List.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8))).isZero();
		assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("would anonymise cases closed before 2000-06-01:");
		assertThat(row(oldClosed).get("petitioner_name")).isEqualTo("王小明");
	}

	@Test
	void aBadDateIsAUsageError() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> command.run(List.of("--as-of=2005-13-01"), new PrintStream(new ByteArrayOutputStream())))
			.withMessageContaining("--as-of");
	}

}
