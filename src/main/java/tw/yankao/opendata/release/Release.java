package tw.yankao.opendata.release;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import tw.yankao.opendata.quality.CheckResult;

/** One monthly release of a dataset, without its files. */
public record Release(long id, String dataset, YearMonth period, ReleaseStatus status, List<CheckResult> report,
		int rowCount, Instant createdAt, Instant publishedAt, int version) {

	public boolean published() {
		return status == ReleaseStatus.PUBLISHED;
	}

}
