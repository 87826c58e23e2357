package tw.yankao.opendata.release;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

import tw.yankao.opendata.Catalogue;
import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.DatasetSource;
import tw.yankao.opendata.quality.CheckResult;
import tw.yankao.opendata.quality.QualityChecks;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/**
 * Builds a month's release of a dataset: reads the rows from the owning module, runs the quality
 * checks and stores the release as CHECKED with its files, or as BLOCKED with its report only.
 * Publishing is a separate step the RDEC takes on a CHECKED release.
 */
@Service
public class ReleasePipeline {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Catalogue catalogue;
	private final Releases releases;
	private final CurrentUsers users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReleasePipeline(Catalogue catalogue, Releases releases, CurrentUsers users, ApplicationEventPublisher events, Clock clock) {
		this.catalogue = catalogue;
		this.releases = releases;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** Builds, checks and stores the month's release; a published month is not rebuilt. */
	@Transactional
	public Release create(String datasetId, YearMonth period) {
		DatasetSource source = catalogue.source(datasetId).orElseThrow(() -> new NotFound("dataset", datasetId));
		if (releases.find(datasetId, period).filter(Release::published).isPresent()) {
			throw new InvalidInput("period", "opendata.release.already-published", period.toString());
		}
		return store(source.dataset(), period, source.rows(period));
	}

	/** Checks and stores given rows as the month's release (the pipeline's second half, also for benchmarks). */
	@Transactional
	public Release store(Dataset dataset, YearMonth period, List<List<String>> rows) {
		Instant now = clock.instant();
		List<CheckResult> report = QualityChecks.run(dataset, period, YearMonth.from(now.atZone(RocDates.ZONE)), rows);
		boolean blocked = report.stream().anyMatch(CheckResult::blocks);
		Releases.Files files = blocked ? null
				: new Releases.Files(ReleaseFiles.csv(dataset, rows), ReleaseFiles.json(dataset, rows), ReleaseFiles.ods(dataset, rows));
		Release release = releases.save(dataset.identifier(), period, blocked ? ReleaseStatus.BLOCKED : ReleaseStatus.CHECKED,
				report, rows.size(), blocked ? "[]" : JSON.writeValueAsString(rows), files, now, actor());
		events.publishEvent(DataChanged.created("opendata-release", release.id(), summary(release)));
		return release;
	}

	/** Publishes a CHECKED release at the version the RDEC reviewed. */
	@Transactional
	public Release publish(String datasetId, YearMonth period, int version) {
		Release release = releases.find(datasetId, period).orElseThrow(() -> new NotFound("release", datasetId + "/" + period));
		if (release.status() != ReleaseStatus.CHECKED) {
			throw new InvalidInput("status", "opendata.release.not-checked", release.status().name());
		}
		if (!releases.publish(release.id(), version, clock.instant(), actor())) {
			throw new InvalidInput("version", "opendata.release.stale");
		}
		Release published = releases.find(datasetId, period).orElseThrow();
		events.publishEvent(new DataChanged("opendata-release", String.valueOf(release.id()), "PUBLISH", summary(release),
				summary(published)));
		return published;
	}

	private String actor() {
		return users.current().map(CurrentUser::username).orElse("system");
	}

	private static Map<String, Object> summary(Release release) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("dataset", release.dataset());
		summary.put("period", release.period().toString());
		summary.put("status", release.status().name());
		summary.put("rows", release.rowCount());
		return summary;
	}

}
