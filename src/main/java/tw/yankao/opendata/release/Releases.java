package tw.yankao.opendata.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import tw.yankao.opendata.quality.CheckResult;

/** The releases table: one row per dataset and month, with its report and files. */
@Repository
public class Releases {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String COLUMNS = "id, dataset, period, status, report, row_count, created_at, published_at, version";

	private final JdbcClient jdbc;

	Releases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Release> find(String dataset, YearMonth period) {
		return jdbc.sql("select " + COLUMNS + " from opendata_release where dataset = :dataset and period = :period")
			.param("dataset", dataset).param("period", period.atDay(1))
			.query(Releases::release).optional();
	}

	/** The dataset's releases, newest month first; only published ones unless {@code all}. */
	public List<Release> of(String dataset, boolean all) {
		return jdbc.sql("select " + COLUMNS + " from opendata_release where dataset = :dataset"
				+ (all ? "" : " and status = 'PUBLISHED'") + " order by period desc")
			.param("dataset", dataset).query(Releases::release).list();
	}

	/**
	 * Stores a checked or blocked release, replacing the month's release that is not published.
	 * A blocked release keeps its report only: files that failed the personal-data scan are not kept.
	 */
	Release save(String dataset, YearMonth period, ReleaseStatus status, List<CheckResult> report, int rowCount,
			String rowsJson, Files files, Instant now, String by) {
		jdbc.sql("delete from opendata_release where dataset = :dataset and period = :period and status <> 'PUBLISHED'")
			.param("dataset", dataset).param("period", period.atDay(1)).update();
		jdbc.sql("""
				insert into opendata_release (dataset, period, status, report, row_count, rows_json, csv, json, ods, created_at, created_by)
				values (:dataset, :period, :status, cast(:report as jsonb), :rows, cast(:rowsJson as jsonb), :csv, :json, :ods, :now, :by)""")
			.param("dataset", dataset).param("period", period.atDay(1)).param("status", status.name())
			.param("report", JSON.writeValueAsString(report)).param("rows", rowCount).param("rowsJson", rowsJson)
			.param("csv", files == null ? null : files.csv()).param("json", files == null ? null : files.json())
			.param("ods", files == null ? null : files.ods()).param("now", Timestamp.from(now)).param("by", by)
			.update();
		return find(dataset, period).orElseThrow();
	}

	/** Publishes a checked release at the version the RDEC saw; false when it changed or is not CHECKED. */
	boolean publish(long id, int version, Instant now, String by) {
		return jdbc.sql("""
				update opendata_release set status = 'PUBLISHED', published_at = :now, published_by = :by, version = version + 1
				where id = :id and version = :version and status = 'CHECKED'""")
			.param("now", Timestamp.from(now)).param("by", by).param("id", id).param("version", version).update() == 1;
	}

	public Optional<byte[]> file(long id, ReleaseFormat format) {
		return jdbc.sql("select " + format.extension() + " from opendata_release where id = :id")
			.param("id", id).query((rs, n) -> rs.getBytes(1)).optional().filter(b -> b != null);
	}

	/** One page of a release's rows, each a JSON array of values in field order. */
	public List<List<String>> rows(long id, int offset, int limit) {
		return jdbc.sql("""
				select r.value::text from opendata_release, jsonb_array_elements(rows_json) with ordinality as r(value, n)
				where id = :id order by r.n offset :offset limit :limit""")
			.param("id", id).param("offset", offset).param("limit", limit)
			.query((rs, n) -> JSON.readValue(rs.getString(1), new TypeReference<List<String>>() {
			})).list();
	}

	private static Release release(ResultSet rs, int n) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Release(rs.getLong("id"), rs.getString("dataset"),
				YearMonth.from(rs.getObject("period", LocalDate.class)), ReleaseStatus.valueOf(rs.getString("status")),
				JSON.readValue(rs.getString("report"), new TypeReference<List<CheckResult>>() {
				}), rs.getInt("row_count"), rs.getTimestamp("created_at").toInstant(),
				published == null ? null : published.toInstant(), rs.getInt("version"));
	}

	/** The files of a release in the three formats. */
	record Files(byte[] csv, byte[] json, byte[] ods) {
	}

}
