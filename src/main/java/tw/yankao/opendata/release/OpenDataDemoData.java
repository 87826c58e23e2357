package tw.yankao.opendata.release;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.yankao.opendata.Catalogue;
import tw.yankao.opendata.Dataset;
import tw.yankao.shared.demo.DemoDataset;
import tw.yankao.shared.time.RocDates;

/**
 * The demo's open data: last month's release of every dataset, built from the other modules'
 * demo data through the ordinary pipeline and published when its checks pass, so the catalogue
 * has something to download. A month a check blocks stays blocked, as it would in real use.
 */
@Component
class OpenDataDemoData implements DemoDataset {

	private final Catalogue catalogue;
	private final ReleasePipeline pipeline;
	private final JdbcClient jdbc;
	private final Clock clock;

	OpenDataDemoData(Catalogue catalogue, ReleasePipeline pipeline, JdbcClient jdbc, Clock clock) {
		this.catalogue = catalogue;
		this.pipeline = pipeline;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select exists (select 1 from opendata_release)").query(Boolean.class).single();
	}

	@Override
	public void load() {
		YearMonth lastMonth = YearMonth.now(clock.withZone(RocDates.ZONE)).minusMonths(1);
		for (Dataset dataset : catalogue.datasets()) {
			Release release = pipeline.create(dataset.identifier(), lastMonth);
			if (release.status() == ReleaseStatus.CHECKED) {
				pipeline.publish(dataset.identifier(), lastMonth, release.version());
			}
		}
	}

}
