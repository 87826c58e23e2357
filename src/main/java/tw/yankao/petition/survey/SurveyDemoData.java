package tw.yankao.petition.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.yankao.shared.demo.DemoDataset;

/**
 * Surveys for the demo's closed petitions (after the petition demo, order 40): most answered, with
 * satisfaction spread by case id so that satisfaction per agency has figures; those closed in the
 * last week are left open. Demo tokens are {@code demo-<case number>}, so a reader can open e.g.
 * {@code /survey/demo-TC1151120-000042}; real tokens are random.
 */
@Component
class SurveyDemoData implements DemoDataset {

	static final String TOKEN_PREFIX = "demo-";

	private final JdbcClient jdbc;

	SurveyDemoData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 43;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select exists (select 1 from petition_survey where token like 'demo-%')").query(Boolean.class).single();
	}

	@Override
	public void load() {
		jdbc.sql("""
				insert into petition_survey (token, case_id, agency_id, closed_at, created_at, answered_at, satisfaction)
				select 'demo-' || c.number, c.id, c.agency_id, c.closed_at, c.closed_at,
				       case when c.closed_at < now() - interval '7 days' then c.closed_at + interval '2 days' end,
				       case when c.closed_at < now() - interval '7 days' then (array[5, 4, 4, 5, 3, 4, 2, 5, 1, 4])[c.id % 10 + 1] end
				  from petition_case c
				 where c.status = 'CLOSED' and c.kind <> 'INQUIRY' and not c.anonymous and c.closed_at is not null
				   and c.idempotency_key like 'demo-%'
				on conflict do nothing""")
			.update();
	}

}
