package tw.yankao.org.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;

@Repository
class Agencies implements AgencyDirectory {

	private static final String COLUMNS = """
			id, code, parent_id, kind, name_zh, name_en, active_from, active_to, sort_order""";

	private static final String IN_TREE_ORDER = """
			with recursive tree as (
			    select a.*, array[a.sort_order, a.id::int] as path from agency a where parent_id is null
			    union all
			    select c.*, t.path || array[c.sort_order, c.id::int] from agency c join tree t on c.parent_id = t.id
			)
			select %s from tree order by path""".formatted(COLUMNS);

	private static final String SUBTREE = """
			with recursive tree as (
			    select id from agency where id = :id
			    union all
			    select c.id from agency c join tree t on c.parent_id = t.id
			)
			select id from tree""";

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Agency> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from agency where id = :id").param("id", id).query(Agency.class).optional();
	}

	@Override
	public Optional<Agency> findByCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from agency where code = :code")
			.param("code", code)
			.query(Agency.class)
			.optional();
	}

	@Override
	public List<Agency> all() {
		return jdbc.sql(IN_TREE_ORDER).query(Agency.class).list();
	}

	@Override
	public Set<Long> subtree(long agencyId) {
		return Set.copyOf(jdbc.sql(SUBTREE).param("id", agencyId).query(Long.class).list());
	}

	long count() {
		return jdbc.sql("select count(*) from agency").query(Long.class).single();
	}

	long insert(AgencyDraft draft, Long parentId) {
		return withDraft(jdbc.sql("""
				insert into agency (code, parent_id, kind, name_zh, name_en, active_from, active_to, sort_order)
				values (:code, :parentId, :kind, :nameZh, :nameEn, :activeFrom, :activeTo, :sortOrder)
				returning id"""), draft, parentId)
			.query(Long.class)
			.single();
	}

	void update(long id, AgencyDraft draft, Long parentId) {
		withDraft(jdbc.sql("""
				update agency
				   set code = :code, parent_id = :parentId, kind = :kind, name_zh = :nameZh, name_en = :nameEn,
				       active_from = :activeFrom, active_to = :activeTo, sort_order = :sortOrder
				 where id = :id""").param("id", id), draft, parentId)
			.update();
	}

	private static JdbcClient.StatementSpec withDraft(JdbcClient.StatementSpec statement, AgencyDraft draft,
			Long parentId) {
		return statement.param("code", draft.code())
			.param("parentId", parentId)
			.param("kind", draft.kind().name())
			.param("nameZh", draft.nameZh())
			.param("nameEn", draft.nameEn())
			.param("activeFrom", draft.activeFrom())
			.param("activeTo", draft.activeTo())
			.param("sortOrder", draft.sortOrder());
	}

}
