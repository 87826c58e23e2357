package tw.yankao.plan.internal;

import java.util.List;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Rows that keep the order they had in the plan: each is inserted with its owner's id and its
 * position in the list, bound as {@code :position}.
 */
final class OrderedRows {

	private OrderedRows() {
	}

	static <T> void insert(JdbcClient jdbc, String sql, String ownerParameter, long ownerId, List<T> rows,
			BiFunction<StatementSpec, T, StatementSpec> bindRow) {
		for (int position = 0; position < rows.size(); position++) {
			StatementSpec statement = jdbc.sql(sql).param(ownerParameter, ownerId).param("position", position);
			bindRow.apply(statement, rows.get(position)).update();
		}
	}

}
