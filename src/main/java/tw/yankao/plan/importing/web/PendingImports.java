package tw.yankao.plan.importing.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.plan.importing.ImportReport;

/**
 * Previews waiting for confirmation, in memory: a preview is worth nothing after its uploader has
 * gone, so it needs no table; it lasts {@link #KEPT} and only its uploader may see or save it.
 * Bounded, so that uploads cannot fill the heap (the oldest preview goes first).
 */
@Component
class PendingImports {

	static final Duration KEPT = Duration.ofHours(2);
	private static final int MAX_PENDING = 200;

	private final Map<String, PendingImport> pending = new ConcurrentHashMap<>();
	private final Clock clock;

	PendingImports(Clock clock) {
		this.clock = clock;
	}

	PendingImport add(long uploaderId, Agency agency, int rocYear, String fileName, ImportReport report) {
		Instant now = clock.instant();
		pending.values().removeIf(p -> p.uploadedAt().plus(KEPT).isBefore(now));
		while (pending.size() >= MAX_PENDING) {
			pending.values().stream().min(Comparator.comparing(PendingImport::uploadedAt))
				.ifPresent(oldest -> pending.remove(oldest.token()));
		}
		PendingImport added = new PendingImport(UUID.randomUUID().toString(), uploaderId, agency, rocYear, fileName,
				report, now);
		pending.put(added.token(), added);
		return added;
	}

	/** The uploader's preview; empty for another user's, an expired or an unknown one. */
	Optional<PendingImport> find(String token, long uploaderId) {
		PendingImport found = pending.get(token);
		if (found == null || found.uploaderId() != uploaderId
				|| found.uploadedAt().plus(KEPT).isBefore(clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(found);
	}

}
