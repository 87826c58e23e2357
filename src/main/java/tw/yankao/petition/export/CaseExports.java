package tw.yankao.petition.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyKind;
import tw.yankao.petition.Masking;
import tw.yankao.shared.privacy.PersonalDataPatterns;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PetitionRules;

/**
 * Builds the rows of a case export for a period of receipt. Never exports a petitioner's phone,
 * e-mail or address; the list layout shows the name masked (王○明), the case's address cut to the
 * road and section (or the district when there is no road), and the description without phones,
 * e-mails and ID numbers. Dates are ISO (yyyy-MM-dd) in the city's time zone, as open data wants them.
 */
@Service
public class CaseExports {

	/** Most rows one export holds; a longer period must be split. */
	public static final int MAX_ROWS = 50_000;

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final PetitionRules rules;

	private final ZoneId zone;

	private final MessageSource messages;

	CaseExports(JdbcClient jdbc, AgencyDirectory agencies, CityProfile profile, MessageSource messages) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.rules = profile.petitions();
		this.zone = profile.timeZone();
		this.messages = messages;
	}

	/**
	 * @param from first day of receipt, inclusive
	 * @param to last day of receipt, inclusive
	 * @param agencyIds only cases assigned to these agencies, or null for all
	 */
	@Transactional(readOnly = true)
	public Sheet export(ExportLayout layout, LocalDate from, LocalDate to, Collection<Long> agencyIds, Locale locale) {
		List<CaseRow> cases = jdbc.sql("""
				select c.id, c.number, c.kind, c.category, c.status, c.agency_id, c.received_at, c.deadline, c.closed_at,
				  c.district, c.address, c.anonymous, c.petitioner_name, c.description,
				  (select min(s.at) from petition_case_step s where s.case_id = c.id and s.to_status = 'ASSIGNED') as delivered_at
				from petition_case c
				where c.received_at >= :from and c.received_at < :to
				  and (cast(:all as boolean) or c.agency_id in (:agencies))
				order by c.received_at, c.id limit :limit""")
			.param("from", from.atStartOfDay(zone).toOffsetDateTime())
			.param("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
			.param("all", agencyIds == null)
			.param("agencies", agencyIds == null || agencyIds.isEmpty() ? List.of(-1L) : agencyIds)
			.param("limit", MAX_ROWS)
			.query(CaseRow.class).list();
		Map<Long, Agency> byId = agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
		List<List<String>> rows = new ArrayList<>();
		for (CaseRow c : cases) {
			rows.add(layout == ExportLayout.TAIPEI ? taipei(c, byId) : list(c, byId, locale));
		}
		List<String> header = layout == ExportLayout.TAIPEI ? layout.columns()
				: layout.columns().stream().map(k -> messages.getMessage("petition.export.column." + k, null, locale)).toList();
		return new Sheet(messages.getMessage("petition.export.sheet", null, locale), header, rows);
	}

	private List<String> taipei(CaseRow c, Map<Long, Agency> byId) {
		Agency agency = c.agencyId() == null ? null : byId.get(c.agencyId());
		// a unit (科室) is named with the agency it belongs to, as Taipei's 受理機關 / 受理科室 split them
		Agency office = agency != null && agency.kind() == AgencyKind.UNIT && agency.parentId() != null ? byId.get(agency.parentId()) : agency;
		Agency unit = agency != null && agency != office ? agency : null;
		return Arrays.asList(c.number(), mainCategoryName(c.category()), subCategoryName(c.category()),
				office == null ? "" : office.nameZh(), unit == null ? "" : unit.nameZh(),
				date(c.receivedAt()), date(c.deliveredAt()), date(c.closedAt()));
	}

	private List<String> list(CaseRow c, Map<Long, Agency> byId, Locale locale) {
		Agency agency = c.agencyId() == null ? null : byId.get(c.agencyId());
		return Arrays.asList(c.number(),
				messages.getMessage("petition.kind." + c.kind(), null, c.kind(), locale),
				subCategoryName(c.category()),
				messages.getMessage("petition.status." + c.status(), null, c.status(), locale),
				agency == null ? "" : agency.name(locale),
				date(c.receivedAt()), date(c.deadline()), date(c.closedAt()),
				c.district() == null ? "" : c.district(),
				nullToEmpty(Masking.address(c.address())),
				c.anonymous() ? "" : nullToEmpty(Masking.name(c.petitionerName())),
				PersonalDataPatterns.scrub(c.description()));
	}

	private String mainCategoryName(String code) {
		return rules.categories().stream()
			.filter(m -> m.subCategories().stream().anyMatch(s -> s.code().equals(code)))
			.map(PetitionRules.MainCategory::nameZh).findFirst().orElse("");
	}

	private String subCategoryName(String code) {
		return rules.category(code).map(PetitionRules.Category::nameZh).orElse(code);
	}

	private String date(OffsetDateTime at) {
		return Optional.ofNullable(at).map(t -> t.atZoneSameInstant(zone).toLocalDate().toString()).orElse("");
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	record CaseRow(long id, String number, String kind, String category, String status, Long agencyId,
			OffsetDateTime receivedAt, OffsetDateTime deadline, OffsetDateTime closedAt, String district, String address,
			boolean anonymous, String petitionerName, String description, OffsetDateTime deliveredAt) {
	}

}
