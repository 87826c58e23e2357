package tw.yankao.petition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import tw.yankao.shared.DataChanged;

/**
 * Keeps the case index in step with the database. After each committed change to a case (the
 * {@link DataChanged} that intake and workflow publish) the case is read back and replaced in the
 * index. On start, a missing index is rebuilt and one that is behind catches up with the cases
 * changed since its marker; {@code petition reindex} rebuilds it whole. The index opens on first
 * use, so that commands which never search do not lock it.
 */
@Component
public class CaseIndexing {

	private static final Logger log = LoggerFactory.getLogger(CaseIndexing.class);

	/** The audit entity name under which intake and workflow publish case changes. */
	static final String ENTITY = "petition_case";

	private static final int PAGE = 2_000;

	private final IndexedCases cases;
	private final Path directory;
	private final boolean serving;
	private CaseIndex index;

	CaseIndexing(IndexedCases cases, @Value("${yankao.petition.search.index-dir:${yankao.data-dir}/search/cases}") Path directory,
			@Value("${yankao.mode:serve}") String mode) {
		this.cases = cases;
		this.directory = directory;
		this.serving = "serve".equals(mode);
	}

	synchronized CaseIndex index() {
		if (index == null) {
			try {
				Files.createDirectories(directory);
				index = new CaseIndex(FSDirectory.open(directory));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot open the case index in " + directory, ex);
			}
		}
		return index;
	}

	/** After demo data and other start-up runners: the index must see what they inserted. */
	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (serving) {
			synchronise();
		}
	}

	/** Rebuilds a missing index, or catches one up with the cases changed since its marker. */
	public void synchronise() {
		CaseIndex idx = index();
		Optional<Instant> marker = idx.marker();
		if (!idx.exists() || marker.isEmpty()) {
			log.info("Case index missing: rebuilding from the database");
			rebuild();
			return;
		}
		Optional<Instant> last = cases.lastUpdate();
		if (last.isPresent() && last.get().isAfter(marker.get())) {
			int changed = catchUp(marker.get(), last.get());
			log.info("Case index caught up: {} cases changed since {}", changed, marker.get());
		}
	}

	/**
	 * Replaces the whole index with the database's cases.
	 * @return how many cases it holds
	 */
	public synchronized int rebuild() {
		CaseIndex idx = index();
		// read before the scan: a case changed during it is caught up on the next start
		Instant marker = cases.lastUpdate().orElse(Instant.EPOCH);
		idx.clear();
		int count = 0;
		long after = 0;
		for (List<IndexedCase> page = cases.page(after, PAGE); !page.isEmpty(); page = cases.page(after, PAGE)) {
			page.forEach(idx::add);
			count += page.size();
			after = page.get(page.size() - 1).id();
		}
		idx.commit(marker);
		return count;
	}

	private synchronized int catchUp(Instant since, Instant marker) {
		CaseIndex idx = index();
		int count = 0;
		long after = 0;
		for (List<IndexedCase> page = cases.changedSince(since, after, PAGE); !page.isEmpty();
				page = cases.changedSince(since, after, PAGE)) {
			page.forEach(idx::put);
			count += page.size();
			after = page.get(page.size() - 1).id();
		}
		idx.commit(marker);
		return count;
	}

	/**
	 * Replaces the changed case in the index once its transaction has committed. A failure here
	 * must not undo the case, which is saved: it is logged (by number only, never personal data)
	 * and the next start catches up. The marker does not move, so that a missed change is found.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onCaseChanged(DataChanged change) {
		if (!ENTITY.equals(change.entity())) {
			return;
		}
		try {
			cases.byNumber(change.entityId()).ifPresent(c -> {
				CaseIndex idx = index();
				idx.put(c);
				idx.commit(null);
			});
		}
		catch (RuntimeException ex) {
			log.warn("Case {} not indexed; the index catches up on the next start", change.entityId(), ex);
		}
	}

	@PreDestroy
	synchronized void close() throws IOException {
		if (index != null) {
			index.close();
			index = null;
		}
	}

}
