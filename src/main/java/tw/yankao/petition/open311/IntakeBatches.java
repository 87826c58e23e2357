package tw.yankao.petition.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits concurrent intakes together. Every case appends to the audit chain, whose lock is held
 * until commit, so one transaction per request would queue every request behind the previous
 * one's disk flush. Instead a few workers each take what has arrived (up to {@link #MAX_BATCH})
 * and run it in one transaction; a request is answered only after the commit, so an acknowledged case is
 * on disk. Input is checked before it is queued, so a batch rarely fails; when one does, each of
 * its requests is run again in a transaction of its own, so that a bad request fails alone.
 */
@Component
class IntakeBatches implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IntakeBatches.class);

	/** Requests per transaction at most: enough to amortise the flush, short enough to keep latency low. */
	static final int MAX_BATCH = 16;

	/**
	 * Transactions in flight: each statement waits a round trip to the database, so while one batch
	 * holds the audit lock, others do the work before it.
	 */
	static final int WORKERS = 4;

	/** How long a request waits for its commit before it is answered with an error (it may still commit: a retry is safe). */
	private static final long WAIT_SECONDS = 30;

	private record Pending(Supplier<Open311Intake.Submitted> work, CompletableFuture<Open311Intake.Submitted> done) {
	}

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);

	private final TransactionTemplate batch;

	private final List<Thread> workers = new ArrayList<>();

	private volatile boolean running = true;

	IntakeBatches(PlatformTransactionManager transactions) {
		this.batch = new TransactionTemplate(transactions);
		for (int i = 0; i < WORKERS; i++) {
			Thread worker = new Thread(this::work, "open311-intake-" + i);
			worker.setDaemon(true);
			worker.start();
			workers.add(worker);
		}
	}

	/** Runs the work in a batch transaction and returns its result once committed. */
	Open311Intake.Submitted run(Supplier<Open311Intake.Submitted> work) {
		Pending pending = new Pending(work, new CompletableFuture<>());
		try {
			if (!queue.offer(pending, WAIT_SECONDS, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Open311 intake queue full");
			}
			return pending.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the intake", interrupted);
		}
		catch (TimeoutException slow) {
			throw new IllegalStateException("Open311 intake timed out", slow);
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(failed.getCause());
		}
	}

	private void work() {
		while (running) {
			List<Pending> taken = new ArrayList<>(MAX_BATCH);
			try {
				taken.add(queue.take());
			}
			catch (InterruptedException stop) {
				return;
			}
			queue.drainTo(taken, MAX_BATCH - 1);
			try {
				commitTogether(taken);
			}
			catch (RuntimeException commitFailed) {
				log.info("An Open311 intake batch of {} failed ({}); running its requests one by one", taken.size(),
						commitFailed.getClass().getSimpleName());
				for (Pending p : taken) {
					try {
						p.done().complete(batch.execute(status -> p.work().get()));
					}
					catch (RuntimeException e) {
						p.done().completeExceptionally(e);
					}
				}
			}
		}
	}

	/** All in one transaction; any failure rolls the whole batch back, and the caller then runs each alone. */
	private void commitTogether(List<Pending> taken) {
		List<Open311Intake.Submitted> results = batch.execute(status -> {
			List<Open311Intake.Submitted> done = new ArrayList<>(taken.size());
			for (Pending p : taken) {
				done.add(p.work().get());
			}
			return done;
		});
		for (int i = 0; i < taken.size(); i++) {
			taken.get(i).done().complete(results.get(i));
		}
	}

	@Override
	public void destroy() {
		running = false;
		workers.forEach(Thread::interrupt);
	}

}
