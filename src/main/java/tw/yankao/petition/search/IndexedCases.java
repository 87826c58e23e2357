package tw.yankao.petition.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads petition_case rows for the index, a page at a time so that a rebuild runs in little memory. */
@Repository
class IndexedCases {

	private static final String COLUMNS = """
			select id, number, category, description, agency_id, closed_at is null as open, district,
			       latitude, longitude, received_at, updated_at
			  from petition_case""";

	private final JdbcClient jdbc;

	IndexedCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code limit} cases with an id above {@code afterId}, by id. */
	List<IndexedCase> page(long afterId, int limit) {
		return jdbc.sql(COLUMNS + " where id > :after order by id limit :limit")
			.param("after", afterId)
			.param("limit", limit)
			.query(IndexedCases::row)
			.list();
	}

	/** Cases changed at or after the instant, by id. */
	List<IndexedCase> changedSince(Instant since, long afterId, int limit) {
		return jdbc.sql(COLUMNS + " where updated_at >= :since and id > :after order by id limit :limit")
			.param("since", Timestamp.from(since))
			.param("after", afterId)
			.param("limit", limit)
			.query(IndexedCases::row)
			.list();
	}

	Optional<IndexedCase> byNumber(String number) {
		return jdbc.sql(COLUMNS + " where number = :number").param("number", number).query(IndexedCases::row).optional();
	}

	/** When any case last changed, or empty when there are none. */
	Optional<Instant> lastUpdate() {
		// max() of no rows is one NULL row, which single() refuses: an empty city (no demo) must still start.
		return jdbc.sql("select max(updated_at) from petition_case")
			.query((rs, row) -> rs.getTimestamp(1))
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map(Timestamp::toInstant);
	}

	private static IndexedCase row(ResultSet rs, int row) throws SQLException {
		return new IndexedCase(rs.getLong("id"), rs.getString("number"), rs.getString("category"),
				rs.getString("description"), rs.getObject("agency_id", Long.class), rs.getBoolean("open"),
				rs.getString("district"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
				rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
