package tw.yankao.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.testing.YankaoWebTest;

/** Intake against the database: numbering, routing, deadlines and idempotency under concurrent retries. */
@YankaoWebTest
class CaseIntakeTest {

	@Autowired
	CaseIntake intake;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	static NewCase streetLight(String key) {
		return new NewCase(key, Channel.PHONE_1999, "STREET_LIGHT", false, "文心路四段路燈不亮",
				new Location("臺中市北屯區文心路四段", "北屯區", 24.1800, 120.6850),
				new Petitioner("王小明", "0912345678", "ming@example.tw", null), ReplyChannel.PHONE, "zh-TW");
	}

	@Test
	void aDispatchCaseIsNumberedRoutedByCategoryAndDueInTheSlaHours() {
		PetitionCase c = intake.receive(streetLight(null)).petitionCase();

		assertThat(c.number().value()).matches("TC\\d{7}-\\d{6}");
		assertThat(c.kind()).isEqualTo(CaseKind.DISPATCH);
		assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
		assertThat(c.agencyId()).isEqualTo(agencies.findByCode("TCG-CON-LGT").orElseThrow().id());
		assertThat(Duration.between(c.receivedAt(), c.deadline())).isEqualTo(Duration.ofHours(24));
		assertThat(steps(c)).containsExactly("RECEIVE", "ASSIGN");
	}

	@Test
	void anInquiryIsRecordedClosed() {
		NewCase inquiry = new NewCase(null, Channel.PHONE_1999, "OTHER", true, "詢問垃圾車時刻", Location.UNKNOWN, null,
				ReplyChannel.NONE, null);

		PetitionCase c = intake.receive(inquiry).petitionCase();

		assertThat(c.kind()).isEqualTo(CaseKind.INQUIRY);
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.anonymous()).isTrue();
		assertThat(c.language()).isEqualTo("zh-TW");
	}

	@Test
	void invalidFieldsAreAllNamedAndNothingIsSaved() {
		String key = UUID.randomUUID().toString();
		NewCase bad = new NewCase(key, Channel.WEB, "POTHOLES", false, "x".repeat(CaseRules.MAX_DESCRIPTION + 1),
				new Location(null, "信義區", 25.0375, 121.5637), null, ReplyChannel.EMAIL, null);

		InvalidInput ex = catchThrowableOfType(InvalidInput.class, () -> intake.receive(bad));

		assertThat(ex.errors()).extracting(InvalidInput.FieldError::field)
			.containsExactlyInAnyOrder("category", "description", "district", "latitude", "replyChannel");
		assertThat(countWithKey(key)).isZero();
	}

	@Test
	void aRetryWithTheSameKeyReturnsTheCaseAlreadyCreated() {
		String key = UUID.randomUUID().toString();
		CaseIntake.Intake first = intake.receive(streetLight(key));
		CaseIntake.Intake retry = intake.receive(streetLight(key));

		assertThat(first.created()).isTrue();
		assertThat(retry.created()).isFalse();
		assertThat(retry.petitionCase().number()).isEqualTo(first.petitionCase().number());
	}

	@Test
	void concurrentRetriesWithOneKeyCreateExactlyOneCase() throws Exception {
		String key = UUID.randomUUID().toString();
		int threads = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<CaseIntake.Intake>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return intake.receive(streetLight(key));
				}));
			}
			start.countDown();
			List<CaseIntake.Intake> intakes = new ArrayList<>();
			for (Future<CaseIntake.Intake> result : results) {
				intakes.add(result.get());
			}
			assertThat(intakes).filteredOn(CaseIntake.Intake::created).hasSize(1);
			assertThat(intakes).extracting(i -> i.petitionCase().number()).containsOnly(intakes.get(0).petitionCase().number());
			assertThat(countWithKey(key)).isOne();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void concurrentIntakesWithoutKeysGetDistinctNumbers() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<PetitionCase>> results = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				results.add(pool.submit(() -> intake.receive(streetLight(null)).petitionCase()));
			}
			List<CaseNumber> numbers = new ArrayList<>();
			for (Future<PetitionCase> result : results) {
				numbers.add(result.get().number());
			}
			assertThat(numbers).doesNotHaveDuplicates();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theCallersEarlierCasesAreFoundByPhone() {
		String phone = "04" + (10_000_000 + (int) (Math.random() * 89_999_999));
		NewCase call = new NewCase(null, Channel.PHONE_1999, "NOISE", false, "夜間施工噪音",
				new Location(null, "西屯區", null, null), new Petitioner("林○○", phone, null, null), ReplyChannel.PHONE, null);
		PetitionCase first = intake.receive(call).petitionCase();
		PetitionCase second = intake.receive(call).petitionCase();

		assertThat(intake.ofPhone(phone, 10)).extracting(PetitionCase::number).containsExactly(second.number(), first.number());
	}

	private List<String> steps(PetitionCase c) {
		return jdbc.sql("select step from petition_case_step where case_id = :id order by id").param("id", c.id())
			.query(String.class).list();
	}

	private long countWithKey(String key) {
		return jdbc.sql("select count(*) from petition_case where idempotency_key = :key").param("key", key)
			.query(Long.class).single();
	}

}
