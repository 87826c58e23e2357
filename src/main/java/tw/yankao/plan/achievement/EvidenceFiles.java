package tw.yankao.plan.achievement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The achievement_evidence rows; bytes are read only for a download. */
@Repository
class EvidenceFiles {

	private static final String SELECT = "select id, report_id, file_name, content_type, size_bytes, uploaded_at from achievement_evidence";

	private final JdbcClient jdbc;

	EvidenceFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long reportId, String fileName, String contentType, byte[] content, Long userId, Instant at) {
		return jdbc.sql("""
				insert into achievement_evidence (report_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
				values (:report, :name, :type, :size, :content, :user, :at)
				returning id""")
			.param("report", reportId)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", content.length)
			.param("content", content)
			.param("user", userId)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	List<EvidenceFile> ofReport(long reportId) {
		return jdbc.sql(SELECT + " where report_id = :report order by id").param("report", reportId).query(EvidenceFiles::row).list();
	}

	Optional<EvidenceFile> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(EvidenceFiles::row).optional();
	}

	byte[] content(long id) {
		return jdbc.sql("select content from achievement_evidence where id = :id").param("id", id).query(byte[].class).single();
	}

	private static EvidenceFile row(ResultSet rs, int row) throws SQLException {
		return new EvidenceFile(rs.getLong("id"), rs.getLong("report_id"), rs.getString("file_name"),
				rs.getString("content_type"), rs.getInt("size_bytes"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
