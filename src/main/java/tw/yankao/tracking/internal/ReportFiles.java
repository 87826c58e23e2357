package tw.yankao.tracking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.tracking.ReportFile;

/** The tracking_report_files rows; bytes are read only for a download. */
@Repository
public class ReportFiles {

	private static final String SELECT = """
			select f.id, f.report_id, f.file_name, f.content_type, f.size_bytes, f.uploaded_at
			  from tracking_report_files f""";

	private final JdbcClient jdbc;

	ReportFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long reportId, String fileName, String contentType, byte[] content, Long userId, Instant at) {
		return jdbc.sql("""
				insert into tracking_report_files (report_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(reportId, fileName, contentType, content.length, content, userId, Timestamp.from(at))
			.query(Long.class).single();
	}

	/** The files of every report of the item, in upload order. */
	public List<ReportFile> ofItem(long itemId) {
		return jdbc.sql(SELECT + " join tracking_progress_reports r on r.id = f.report_id where r.item_id = ? order by f.id")
			.param(itemId).query(ReportFiles::row).list();
	}

	/** The file if it belongs to a report of the item. */
	public Optional<ReportFile> find(long itemId, long fileId) {
		return jdbc.sql(SELECT + " join tracking_progress_reports r on r.id = f.report_id where r.item_id = ? and f.id = ?")
			.params(itemId, fileId).query(ReportFiles::row).optional();
	}

	public byte[] content(long fileId) {
		return jdbc.sql("select content from tracking_report_files where id = ?").param(fileId).query(byte[].class).single();
	}

	private static ReportFile row(ResultSet rs, int row) throws SQLException {
		return new ReportFile(rs.getLong("id"), rs.getLong("report_id"), rs.getString("file_name"),
				rs.getString("content_type"), rs.getInt("size_bytes"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
