package tw.yankao.analytics.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.analytics.MonthlyReports;
import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.InvalidInput;

/**
 * The monthly analysis report page. A bad month or agency shows the form again with the reason
 * (400), rather than a bare error page; an agency the viewer may not see is a 403.
 */
@Controller
class MonthlyReportController {

	static final String VIEW = "analytics/monthly";

	/** Months offered by the picker, counted back from this one. */
	private static final int PICKER_MONTHS = 36;

	private final MonthlyReports reports;
	private final AgencyDirectory agencies;
	private final AgencyScope scope;
	private final CurrentUsers users;
	private final CityProfile profile;
	private final MessageSource messages;
	private final Clock clock;

	MonthlyReportController(MonthlyReports reports, AgencyDirectory agencies, AgencyScope scope, CurrentUsers users,
			CityProfile profile, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.agencies = agencies;
		this.scope = scope;
		this.users = users;
		this.profile = profile;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/analytics/monthly")
	String page(@RequestParam(required = false) String month, @RequestParam(required = false) String agency,
			Model model, Locale locale, HttpServletResponse response) {
		YearMonth thisMonth = YearMonth.now(clock.withZone(RocDates.ZONE));
		String agencyCode = agency == null || agency.isBlank() ? ownAgencyCode() : agency.strip();
		model.addAttribute("agency", agencyCode);
		model.addAttribute("choices", choices());
		model.addAttribute("categoryNames", profile.petitions().categories().stream()
			.flatMap(m -> m.subCategories().stream())
			.collect(Collectors.toMap(c -> c.code(), c -> locale.getLanguage().equals("en") ? c.nameEn() : c.nameZh())));
		model.addAttribute("agencyNames", agencies.all().stream()
			.collect(Collectors.toMap(Agency::code, a -> a.name(locale), (a, b) -> a)));
		model.addAttribute("agencyById", agencies.all().stream().collect(Collectors.toMap(Agency::id, a -> a.name(locale))));
		try {
			YearMonth shown = parse(month, thisMonth.minusMonths(1));
			model.addAttribute("month", shown.toString());
			model.addAttribute("months", months(thisMonth, shown));
			model.addAttribute("report", reports.report(shown, agencyCode));
		}
		catch (InvalidInput ex) {
			model.addAttribute("month", month);
			model.addAttribute("months", months(thisMonth, null));
			model.addAttribute("errors", ex.errors().stream()
				.map(e -> messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale))
				.toList());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return VIEW;
	}

	static YearMonth parse(String month, YearMonth fallback) {
		if (month == null || month.isBlank()) {
			return fallback;
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("month", "analytics.error.month");
		}
	}

	/** Agency staff see their own agency by default; the city's supervisors the whole city. */
	private String ownAgencyCode() {
		if (scope.accessibleAgencies().isEmpty()) {
			return null;
		}
		return users.current()
			.map(u -> u.agencyId())
			.flatMap(id -> id == null ? java.util.Optional.empty() : agencies.findById(id))
			.map(Agency::code)
			.orElse(null);
	}

	/** The recent months, and the shown one when it is older, so that the picker always holds it. */
	private static List<YearMonth> months(YearMonth thisMonth, YearMonth shown) {
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < PICKER_MONTHS; i++) {
			months.add(thisMonth.minusMonths(i));
		}
		if (shown != null && !months.contains(shown)) {
			months.add(shown);
		}
		return months;
	}

	private List<Agency> choices() {
		return agencies.all().stream()
			.filter(a -> scope.canAccess(a.id()))
			.sorted(Comparator.comparing(Agency::code))
			.toList();
	}

}
