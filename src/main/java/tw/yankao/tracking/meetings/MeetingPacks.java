package tw.yankao.tracking.meetings;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.document.BookRenderer;
import tw.yankao.shared.document.BookRenderers;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.NotFound;
import tw.yankao.tracking.ExecutionRate;
import tw.yankao.tracking.TrackingManagement;

/**
 * Gathers and lays out control-meeting packs. The city pack is for city-wide staff only; an
 * agency's pack for those whose scope holds the agency.
 */
@Service
public class MeetingPacks {

	/**
	 * Months of history shown for each seriously-behind item, the month reviewed included: the
	 * issue asks for the last 3 to 6 months; six show whether a countermeasure has started to work.
	 */
	static final int HISTORY_MONTHS = 6;

	private final PackQueries queries;
	private final TrackingManagement tracking;
	private final AgencyDirectory agencies;
	private final AgencyScope scope;
	private final CityProfile profile;
	private final BookRenderers renderers;
	private final Clock clock;
	private final MeetingPackComposer composer = new MeetingPackComposer();

	MeetingPacks(PackQueries queries, TrackingManagement tracking, AgencyDirectory agencies, AgencyScope scope,
			CityProfile profile, BookRenderers renderers, Clock clock) {
		this.queries = queries;
		this.tracking = tracking;
		this.agencies = agencies;
		this.scope = scope;
		this.profile = profile;
		this.renderers = renderers;
		this.clock = clock;
	}

	/** A pack ready to be written, with the renderer made before anything is sent (a missing PDF font fails early). */
	public record PendingPack(Book book, BookRenderer renderer) {

		public BookFormat format() {
			return renderer.format();
		}

		public void writeTo(OutputStream out) throws IOException {
			renderer.write(book, out);
		}

	}

	/** This month in the city's time zone: packs of later months do not exist yet. */
	public YearMonth thisMonth() {
		return YearMonth.now(clock.withZone(RocDates.ZONE));
	}

	/** @throws AccessDeniedException when the caller does not see every agency */
	@Transactional(readOnly = true)
	public Book cityPack(YearMonth month) {
		checkCityWide(scope);
		Map<Long, String> names = agencyNames();
		Function<Long, String> name = id -> names.getOrDefault(id, "");
		List<LaggingItem> seriouslyBehind = queries.seriouslyBehind(month, name::apply);
		CityPack pack = new CityPack(cityName(), month, profile.tracking().executionRateLinePercent(),
				tracking.executionRates(month), names, seriouslyBehind,
				seriouslyBehind.isEmpty() ? Map.of() : queries.history(month, HISTORY_MONTHS),
				queries.coordination(month, name::apply));
		return composer.city(pack);
	}

	/**
	 * The pack of the agency and the units below it.
	 * @throws NotFound for an unknown agency code
	 * @throws AccessDeniedException when the agency is outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public Book agencyPack(String agencyCode, YearMonth month) {
		Agency agency = agencies.findByCode(agencyCode).orElseThrow(() -> new NotFound("agency", agencyCode));
		scope.checkAccess(agency.id());
		Set<Long> subtree = agencies.subtree(agency.id());
		Map<Long, String> names = agencyNames();
		List<ExecutionRate> rates = tracking.executionRates(month).stream()
			.filter(rate -> subtree.contains(rate.agencyId()))
			.toList();
		ExecutionRate total = ExecutionRate.city(rates);
		AgencyPack pack = new AgencyPack(agency.nameZh(), month, total.tracked() == 0 ? null : total,
				queries.behind(month, subtree, id -> names.getOrDefault(id, "")));
		return composer.agency(pack);
	}

	public PendingPack pending(Book book, BookFormat format) {
		return new PendingPack(book, renderers.of(format));
	}

	static void checkCityWide(AgencyScope scope) {
		if (scope.accessibleAgencies().isPresent()) {
			throw new AccessDeniedException("the city control meeting is for city-wide staff");
		}
	}

	private Map<Long, String> agencyNames() {
		return agencies.all().stream().collect(Collectors.toMap(Agency::id, Agency::nameZh));
	}

	private String cityName() {
		return agencies.all().stream().filter(a -> a.parentId() == null).map(Agency::nameZh).findFirst().orElse("");
	}

}
