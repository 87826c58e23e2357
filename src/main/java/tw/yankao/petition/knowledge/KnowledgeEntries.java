package tw.yankao.petition.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The petition_knowledge_entry rows. */
@Repository
class KnowledgeEntries {

	private static final String COLUMNS = """
			select id, agency_id, question, answer, category, keywords, updated_at, updated_by, version
			  from petition_knowledge_entry""";

	private final JdbcClient jdbc;

	KnowledgeEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(KnowledgeEntry e) {
		return jdbc.sql("""
				insert into petition_knowledge_entry (agency_id, question, answer, category, keywords, updated_at, updated_by)
				values (:agency, :question, :answer, :category, :keywords, :at, :by)
				returning id""")
			.param("agency", e.agencyId())
			.param("question", e.question())
			.param("answer", e.answer())
			.param("category", e.category())
			.param("keywords", e.keywords())
			.param("at", Timestamp.from(e.updatedAt()))
			.param("by", e.updatedBy())
			.query(Long.class)
			.single();
	}

	/** @return false when the entry is at another version or gone: nothing changed */
	boolean update(KnowledgeEntry e) {
		return jdbc.sql("""
				update petition_knowledge_entry
				   set agency_id = :agency, question = :question, answer = :answer, category = :category,
				       keywords = :keywords, updated_at = :at, updated_by = :by, version = version + 1
				 where id = :id and version = :version""")
			.param("agency", e.agencyId())
			.param("question", e.question())
			.param("answer", e.answer())
			.param("category", e.category())
			.param("keywords", e.keywords())
			.param("at", Timestamp.from(e.updatedAt()))
			.param("by", e.updatedBy())
			.param("id", e.id())
			.param("version", e.version())
			.update() == 1;
	}

	boolean delete(long id, int version) {
		return jdbc.sql("delete from petition_knowledge_entry where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	Optional<KnowledgeEntry> byId(long id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(KnowledgeEntries::row).optional();
	}

	/** @param agencies the agencies to include, or null for all */
	List<KnowledgeEntry> of(Collection<Long> agencies) {
		if (agencies == null) {
			return jdbc.sql(COLUMNS + " order by category nulls last, question, id").query(KnowledgeEntries::row).list();
		}
		return jdbc.sql(COLUMNS + " where agency_id in (:agencies) order by category nulls last, question, id")
			.param("agencies", agencies.isEmpty() ? List.of(-1L) : agencies)
			.query(KnowledgeEntries::row)
			.list();
	}

	private static KnowledgeEntry row(ResultSet rs, int row) throws SQLException {
		return new KnowledgeEntry(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("question"), rs.getString("answer"),
				rs.getString("category"), rs.getString("keywords"), rs.getTimestamp("updated_at").toInstant(),
				rs.getString("updated_by"), rs.getInt("version"));
	}

}
