package tw.yankao.tracking.documents;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The stored documents. Writes go through PostgreSQL's COPY into a temporary table and one
 * upsert from it: row-by-row inserts would take minutes for a year's 200,000 documents.
 */
@Repository
class DocumentStore {

	/** What an upsert did. */
	record Upserted(int created, int updated) {
	}

	private final DataSource dataSource;
	private final JdbcClient jdbc;

	DocumentStore(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Inserts new document numbers and replaces known ones; call inside a transaction. */
	Upserted upsert(List<OfficialDocument> documents) {
		jdbc.sql("""
				create temporary table if not exists tracking_document_incoming
				(like tracking_document including defaults) on commit delete rows""").update();
		jdbc.sql("truncate tracking_document_incoming").update();
		copy(documents);
		return jdbc.sql("""
				with up as (
				  insert into tracking_document
				    (doc_number, agency_id, urgency, category, received_on, due_on, closed_on, due_given)
				  select doc_number, agency_id, urgency, category, received_on, due_on, closed_on, due_given
				  from tracking_document_incoming
				  on conflict (doc_number) do update set agency_id = excluded.agency_id, urgency = excluded.urgency,
				    category = excluded.category, received_on = excluded.received_on, due_on = excluded.due_on,
				    closed_on = excluded.closed_on, due_given = excluded.due_given, imported_at = now()
				  returning (xmax = 0) as created)
				select count(*) filter (where created) as created, count(*) filter (where not created) as updated from up""")
			.query((rs, n) -> new Upserted(rs.getInt("created"), rs.getInt("updated")))
			.single();
	}

	boolean isEmpty() {
		return jdbc.sql("select not exists (select 1 from tracking_document)").query(Boolean.class).single();
	}

	private void copy(List<OfficialDocument> documents) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy tracking_document_incoming
					(doc_number, agency_id, urgency, category, received_on, due_on, closed_on, due_given)
					from stdin (format csv)""", new StringReader(csv(documents)));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("could not copy documents into the database", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static String csv(List<OfficialDocument> documents) {
		StringBuilder out = new StringBuilder(documents.size() * 80);
		for (OfficialDocument d : documents) {
			out.append('"').append(d.docNumber().replace("\"", "\"\"")).append('"').append(',')
				.append(d.agencyId()).append(',')
				.append(d.urgency()).append(',')
				.append(d.category()).append(',')
				.append(d.receivedOn()).append(',')
				.append(d.dueOn()).append(',')
				.append(d.closedOn() == null ? "" : d.closedOn().toString()).append(',')
				.append(d.dueGiven()).append('\n');
		}
		return out.toString();
	}

}
