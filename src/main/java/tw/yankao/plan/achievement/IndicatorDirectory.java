package tw.yankao.plan.achievement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.plan.PlanIndicatorDirectory;

/** The plan module's indicators with their ids and plan titles, for other modules. */
@Component
@Transactional(readOnly = true)
class IndicatorDirectory implements PlanIndicatorDirectory {

	private static final String SELECT = """
			select i.id, p.agency_id, p.roc_year, i.name, p.title
			  from plan_indicator i
			  join plan_strategic_goal g on g.id = i.goal_id
			  join annual_plan p on p.id = g.plan_id
			 where p.status in ('APPROVED', 'PUBLISHED')""";

	private final JdbcClient jdbc;

	IndicatorDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<IndicatorSummary> indicatorsOf(long agencyId, int rocYear) {
		return jdbc.sql(SELECT + " and p.agency_id = ? and p.roc_year = ? order by g.position, i.position")
			.params(agencyId, rocYear)
			.query(IndicatorDirectory::row)
			.list();
	}

	@Override
	public Optional<IndicatorSummary> indicator(long id) {
		return jdbc.sql(SELECT + " and i.id = ?").param(id).query(IndicatorDirectory::row).optional();
	}

	private static IndicatorSummary row(ResultSet rs, int row) throws SQLException {
		return new IndicatorSummary(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5));
	}

}
