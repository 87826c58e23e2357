package tw.yankao.analytics.rollup;

import java.time.LocalDate;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import tw.yankao.petition.CaseNumber;
import tw.yankao.petition.PetitionStatistics;
import tw.yankao.shared.DataChanged;

/**
 * Keeps the daily roll-ups equal to a recomputation from the cases. After each committed case
 * change the days the case takes part in (its receipt and each step of its history) are recomputed
 * whole from {@link PetitionStatistics}: a transfer or a reopening moves the case's figures from
 * one key to another, and recomputing the day moves them without knowing the old state.
 */
@Component
public class RollupMaintenance {

	private static final Logger log = LoggerFactory.getLogger(RollupMaintenance.class);

	/** Days per recomputation while rebuilding: a month's facts fit in memory at any city size. */
	private static final int REBUILD_DAYS = 31;

	private final PetitionStatistics statistics;
	private final DailyRollups rollups;
	private final TransactionTemplate newTransaction;
	private final boolean serving;

	RollupMaintenance(PetitionStatistics statistics, DailyRollups rollups, PlatformTransactionManager transactions,
			@Value("${yankao.mode:serve}") String mode) {
		this.statistics = statistics;
		this.rollups = rollups;
		this.newTransaction = new TransactionTemplate(transactions);
		// after commit the case's transaction is finished but still bound: a new one must be opened
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.serving = "serve".equals(mode);
	}

	/** A failure must not undo the saved case: it is logged and {@code analytics rebuild} repairs it. */
	@TransactionalEventListener(fallbackExecution = true)
	void onCaseChanged(DataChanged change) {
		if (!"petition_case".equals(change.entity())) {
			return;
		}
		try {
			Set<LocalDate> days = statistics.daysOf(new CaseNumber(change.entityId()));
			days.forEach(day -> recompute(day, day));
		}
		catch (RuntimeException ex) {
			log.warn("Roll-ups of case {} not updated; run analytics rebuild", change.entityId(), ex);
		}
	}

	/** Demo data and imports may predate the roll-ups: an empty table is filled once on start. */
	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (serving && rollups.isEmpty()) {
			rebuild();
		}
	}

	/**
	 * Recomputes every day from the first case to the last.
	 * @return the days recomputed
	 */
	public int rebuild() {
		LocalDate[] span = statistics.span().orElse(null);
		if (span == null) {
			return 0;
		}
		int days = 0;
		for (LocalDate from = span[0]; !from.isAfter(span[1]); from = from.plusDays(REBUILD_DAYS)) {
			LocalDate to = from.plusDays(REBUILD_DAYS - 1);
			recompute(from, to);
			days += REBUILD_DAYS;
		}
		return days;
	}

	void recompute(LocalDate from, LocalDate to) {
		newTransaction.executeWithoutResult(tx -> {
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				rollups.lock(day);
			}
			rollups.replace(from, to, statistics.dailyFacts(from, to));
		});
	}

}
