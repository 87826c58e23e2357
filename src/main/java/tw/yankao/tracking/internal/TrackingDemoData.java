package tw.yankao.tracking.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyKind;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.demo.DemoDataset;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.tracking.LagRules;
import tw.yankao.tracking.TrackedItemDetails;

/**
 * A year of tracked items for the demo: about 2,700 tenders of the city's agencies (seed 002
 * counted 2,722 in 2015) with monthly progress, and some council resolutions, mayor's
 * commitments and overseas trip reports (due date from the profile). ROC year 105, the year of the RDEC's demo indicator 本府標案管考執行率, which the
 * plan module's demo binds to the tender execution rate. Written with COPY so that the first
 * start stays fast; audited as one import.
 */
@Component
class TrackingDemoData implements DemoDataset {

	static final int YEAR = 2016;
	static final int TENDERS = 2_700;
	private static final long SEED = 20160105L;
	private static final EnumSet<AgencyKind> OWNERS = EnumSet.of(AgencyKind.FIRST_LEVEL, AgencyKind.SUBORDINATE,
			AgencyKind.DISTRICT_OFFICE);
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Logger log = LoggerFactory.getLogger(TrackingDemoData.class);

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final AgencyDirectory agencies;
	private final CityProfile profile;
	private final ApplicationEventPublisher events;

	TrackingDemoData(JdbcClient jdbc, DataSource dataSource, AgencyDirectory agencies, CityProfile profile,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.agencies = agencies;
		this.profile = profile;
		this.events = events;
	}

	/** After the plans (20) and achievement (25). */
	@Override
	public int order() {
		return 30;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select count(*) from tracking_items where item_number like '105-TD-%'").query(Long.class).single() > 0;
	}

	@Override
	public void load() {
		long started = System.nanoTime();
		List<Long> owners = agencies.all().stream().filter(a -> OWNERS.contains(a.kind())).map(Agency::id).sorted().toList();
		if (owners.isEmpty()) {
			return;
		}
		List<DemoItems.Item> items = new DemoItems(SEED, new LagRules(profile.tracking().lag()),
				new TrackedItemDetails(profile.tracking().overseasTripReports()), YEAR)
			.generate(owners, TENDERS, 12, 10);
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("copy tracking_items (item_type, item_number, title, owner_agency_id, control_level, "
					+ "responsible_people, start_date, end_date, budget_total, budget_this_year, status, details, updated_at) "
					+ "from stdin with (format csv)", new StringReader(itemRows(items)));
			Map<String, Long> ids = jdbc.sql("select item_number, id from tracking_items where item_number like '105-%'")
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			copy.copyIn("copy tracking_planned_progress (item_id, month, planned_percent) from stdin with (format csv)",
					new StringReader(plannedRows(items, ids)));
			copy.copyIn("copy tracking_progress_reports (item_id, month, actual_percent, planned_percent, lag_points, "
					+ "lag_class, spending, narrative, problems, countermeasures, needs_coordination, submitted_at, late) "
					+ "from stdin with (format csv)", new StringReader(reportRows(items, ids)));
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot load the tracking demo", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		events.publishEvent(new DataChanged("tracked-item", "demo-" + YEAR, "IMPORT", null,
				Map.of("items", items.size(), "year", YEAR)));
		log.info("Tracking demo: {} items with monthly progress loaded in {} ms", items.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private String itemRows(List<DemoItems.Item> items) {
		StringBuilder rows = new StringBuilder();
		String now = ZonedDateTime.of(YEAR, 12, 31, 17, 0, 0, 0, profile.timeZone()).toOffsetDateTime().toString();
		for (DemoItems.Item item : items) {
			row(rows, item.type().name(), item.number(), item.title(), item.agencyId(), "CITY", "承辦科長",
					item.start(), item.end(), item.budget(), item.budget(), "TRACKED", JSON.writeValueAsString(item.details()), now);
		}
		return rows.toString();
	}

	private static String plannedRows(List<DemoItems.Item> items, Map<String, Long> ids) {
		StringBuilder rows = new StringBuilder();
		for (DemoItems.Item item : items) {
			for (DemoItems.Month month : item.months()) {
				row(rows, ids.get(item.number()), month.month().atDay(1), month.planned());
			}
		}
		return rows.toString();
	}

	private String reportRows(List<DemoItems.Item> items, Map<String, Long> ids) {
		StringBuilder rows = new StringBuilder();
		int dueDay = profile.tracking().progressReportDueDay();
		for (DemoItems.Item item : items) {
			for (DemoItems.Month month : item.months()) {
				YearMonth next = month.month().plusMonths(1);
				int day = month.late() ? dueDay + 3 : Math.max(1, dueDay - 2);
				String submitted = next.atDay(day).atTime(LocalTime.of(9, 30)).atZone(profile.timeZone())
					.toOffsetDateTime().toString();
				long spending = month.actual().movePointLeft(2).multiply(java.math.BigDecimal.valueOf(item.budget()))
					.longValue() * 9 / 10;
				row(rows, ids.get(item.number()), month.month().atDay(1), month.actual(), month.planned(), month.lag(),
						month.lagClass().name(), spending, "依契約辦理", month.problems(), month.countermeasures(),
						month.needsCoordination(), submitted, month.late());
			}
		}
		return rows.toString();
	}

	/** One CSV line; null is an unquoted empty field, which COPY reads as NULL. */
	private static void row(StringBuilder rows, Object... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				rows.append(',');
			}
			if (fields[i] != null) {
				rows.append('"').append(fields[i].toString().replace("\"", "\"\"")).append('"');
			}
		}
		rows.append('\n');
	}

}
