package tw.yankao.petition.retention;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.yankao.petition.Masking;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.privacy.PersonalDataPatterns;
import tw.yankao.shared.profile.CityProfile;

/**
 * Removes personal data from cases closed longer ago than the profile's retention period: the
 * petitioner's name (a marker; null for anonymous cases), phone, e-mail and address go, the case's
 * own address is cut to the road (the place stays useful for statistics), and the description, the
 * reply and the history's reasons lose phones, e-mails and ID numbers. Each batch is one
 * transaction with one audit entry holding counts only; a case is marked once, so re-runs change nothing.
 */
@Service
public class CaseAnonymiser {

	/** What replaces a named petitioner's name: the column must stay non-null for non-anonymous cases. */
	public static final String NAME_MARK = "（已去識別化）";

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batched;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final int years;

	private final ZoneId zone;

	CaseAnonymiser(JdbcClient jdbc, NamedParameterJdbcTemplate batched, PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
			CityProfile profile) {
		this.jdbc = jdbc;
		this.batched = batched;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.years = profile.petitions().retention().anonymiseAfterYears();
		this.zone = profile.timeZone();
	}

	/** @param cutoff cases closed before this instant are due; @param cases how many were (or would be) anonymised */
	public record Result(OffsetDateTime cutoff, int cases, int steps) {
	}

	/** Cases closed before {@code asOf} minus the retention period are due. */
	public OffsetDateTime cutoff(LocalDate asOf) {
		return asOf.minusYears(years).atStartOfDay(zone).toOffsetDateTime();
	}

	/** How many cases are due and not yet anonymised; changes nothing. */
	public Result dryRun(LocalDate asOf) {
		OffsetDateTime cutoff = cutoff(asOf);
		int count = jdbc.sql("select count(*) from petition_case where closed_at < :cutoff and anonymised_at is null")
			.param("cutoff", cutoff).query(Integer.class).single();
		return new Result(cutoff, count, 0);
	}

	/** Anonymises every due case, batch by batch. */
	public Result anonymise(LocalDate asOf) {
		OffsetDateTime cutoff = cutoff(asOf);
		int cases = 0;
		int steps = 0;
		while (true) {
			int[] done = transactions.execute(tx -> batch(cutoff));
			if (done[0] == 0) {
				return new Result(cutoff, cases, steps);
			}
			cases += done[0];
			steps += done[1];
		}
	}

	private int[] batch(OffsetDateTime cutoff) {
		List<DueCase> due = jdbc.sql("""
				select id, anonymous, address, description, reply from petition_case
				where closed_at < :cutoff and anonymised_at is null order by id limit :batch for update skip locked""")
			.param("cutoff", cutoff).param("batch", BATCH)
			.query(DueCase.class).list();
		if (due.isEmpty()) {
			return new int[] {0, 0};
		}
		// one batched statement per batch: row-by-row updates made 20,000 cases take seconds
		batched.batchUpdate("""
				update petition_case set petitioner_name = :name, petitioner_phone = null, petitioner_email = null,
				  petitioner_address = null, address = :address, description = :description, reply = :reply,
				  anonymised_at = now()
				where id = :id""", due.stream().map(c -> new MapSqlParameterSource()
					.addValue("name", c.anonymous() ? null : NAME_MARK, Types.VARCHAR)
					.addValue("address", Masking.address(c.address()), Types.VARCHAR)
					.addValue("description", PersonalDataPatterns.scrub(c.description()), Types.VARCHAR)
					.addValue("reply", PersonalDataPatterns.scrub(c.reply()), Types.VARCHAR)
					.addValue("id", c.id()))
				.toArray(SqlParameterSource[]::new));
		List<Long> ids = due.stream().map(DueCase::id).toList();
		List<StepReason> reasons = jdbc.sql("select id, reason from petition_case_step where case_id in (:ids) and reason is not null")
			.param("ids", ids).query(StepReason.class).list();
		List<SqlParameterSource> changed = reasons.stream()
			.filter(r -> PersonalDataPatterns.contains(r.reason()))
			.<SqlParameterSource>map(r -> new MapSqlParameterSource("id", r.id()).addValue("reason", PersonalDataPatterns.scrub(r.reason())))
			.toList();
		batched.batchUpdate("update petition_case_step set reason = :reason where id = :id", changed.toArray(SqlParameterSource[]::new));
		int steps = changed.size();
		// counts only: the audit log must not become a copy of the data just removed
		events.publishEvent(new DataChanged("petition_case", "retention", "ANONYMISE", null,
				Map.of("cases", due.size(), "steps", steps, "closedBefore", cutoff.toString())));
		return new int[] {due.size(), steps};
	}

	record DueCase(long id, boolean anonymous, String address, String description, String reply) {
	}

	record StepReason(long id, String reason) {
	}

}
