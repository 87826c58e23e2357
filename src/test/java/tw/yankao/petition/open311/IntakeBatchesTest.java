package tw.yankao.petition.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

class IntakeBatchesTest {

	/** Counts commits and rollbacks. */
	static final class CountingTransactions implements PlatformTransactionManager {

		final AtomicInteger commits = new AtomicInteger();
		final AtomicInteger rollbacks = new AtomicInteger();

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
			commits.incrementAndGet();
		}

		@Override
		public void rollback(TransactionStatus status) {
			rollbacks.incrementAndGet();
		}
	}

	@Test
	void concurrentRequestsShareCommits() throws Exception {
		CountingTransactions transactions = new CountingTransactions();
		assertThat(runConcurrently(transactions, -1)).isEqualTo(40);
		assertThat(transactions.commits.get()).as("commits for 40 requests").isLessThan(40);
	}

	@Test
	void aBadRequestFailsAloneAndTheOthersAreSaved() throws Exception {
		CountingTransactions transactions = new CountingTransactions();
		assertThat(runConcurrently(transactions, 7)).isEqualTo(39);
		assertThat(transactions.rollbacks.get()).isPositive();
	}

	/** 40 requests at once, the one numbered {@code bad} failing; returns how many succeeded. */
	private int runConcurrently(CountingTransactions transactions, int bad) throws Exception {
		IntakeBatches batches = new IntakeBatches(transactions);
		int requests = 40;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			List<Future<Open311Intake.Submitted>> results = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				int n = i;
				results.add(pool.submit(() -> {
					start.await();
					return batches.run(() -> {
						if (n == bad) {
							throw new IllegalArgumentException("bad request 7");
						}
						sleepAMoment();
						return new Open311Intake.Submitted("TC-" + n, UUID.randomUUID(), true);
					});
				}));
			}
			start.countDown();
			int succeeded = 0;
			for (int i = 0; i < requests; i++) {
				Future<Open311Intake.Submitted> result = results.get(i);
				if (i == bad) {
					assertThatThrownBy(() -> result.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class);
				}
				else {
					assertThat(result.get(30, TimeUnit.SECONDS).number()).isEqualTo("TC-" + i);
					succeeded++;
				}
			}
			return succeeded;
		}
		finally {
			pool.shutdownNow();
			batches.destroy();
		}
	}

	private static void sleepAMoment() {
		try {
			Thread.sleep(2);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
