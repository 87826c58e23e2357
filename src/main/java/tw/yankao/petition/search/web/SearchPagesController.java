package tw.yankao.petition.search.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseNumber;
import tw.yankao.petition.CaseViews;
import tw.yankao.petition.CaseWorkflow;
import tw.yankao.petition.PetitionCase;
import tw.yankao.petition.Step;
import tw.yankao.petition.search.CaseFinder;
import tw.yankao.shared.profile.CityProfile;

/** The case search page, and the similar-case panels that the intake and case pages load with htmx. */
@Controller
class SearchPagesController {

	private static final String SEARCH = "petition/search/search";
	private static final String SIMILAR = "petition/search/similar :: similar";

	/** Results on the search page. */
	static final int RESULTS = 50;

	/** Similar cases in a panel. */
	static final int SIMILAR_CASES = 10;

	/** Longer queries are cut: a pasted letter searches its beginning. */
	static final int MAX_QUERY = 200;

	private final CaseFinder finder;
	private final CaseIntake intake;
	private final CaseViews views;
	private final CaseWorkflow workflow;
	private final CityProfile profile;
	private final AgencyDirectory agencies;

	SearchPagesController(CaseFinder finder, CaseIntake intake, CaseViews views, CaseWorkflow workflow, CityProfile profile,
			AgencyDirectory agencies) {
		this.finder = finder;
		this.intake = intake;
		this.views = views;
		this.workflow = workflow;
		this.profile = profile;
		this.agencies = agencies;
	}

	@GetMapping("/petitions/search")
	String search(@RequestParam(defaultValue = "") String q, Model model, Locale locale) {
		String query = q.strip().length() > MAX_QUERY ? q.strip().substring(0, MAX_QUERY) : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("results", query.isEmpty() ? List.of() : finder.search(query, RESULTS));
		model.addAttribute("names", names(locale));
		return SEARCH;
	}

	/** Fires when category, place and description are filled on the intake page. */
	@GetMapping("/petitions/intake/similar")
	String similarForIntake(@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String district,
			@RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
			@RequestParam(defaultValue = "") String description, Model model, Locale locale) {
		Double lat = number(latitude);
		Double lon = number(longitude);
		var probe = finder.probe(category.strip(), district.isBlank() ? null : district.strip(),
				lat == null || lon == null ? null : lat, lat == null || lon == null ? null : lon, description.strip());
		model.addAttribute("complete", probe.complete());
		model.addAttribute("similar", probe.complete() ? finder.similar(probe, SIMILAR_CASES) : List.of());
		model.addAttribute("mergeFrom", null);
		model.addAttribute("names", names(locale));
		return SIMILAR;
	}

	/** On a case page: open cases it may duplicate, with a merge button when the viewer may merge it. */
	@GetMapping("/petitions/cases/{number}/similar")
	String similarForCase(@PathVariable String number, Model model, Locale locale) {
		PetitionCase c = views.visible(intake.byNumber(new CaseNumber(number)));
		model.addAttribute("complete", true);
		model.addAttribute("similar", finder.similarTo(c, SIMILAR_CASES));
		model.addAttribute("mergeFrom", workflow.allowedSteps(c).contains(Step.MERGE) ? c : null);
		model.addAttribute("names", names(locale));
		return SIMILAR;
	}

	private tw.yankao.petition.web.CaseNames names(Locale locale) {
		return new tw.yankao.petition.web.CaseNames(profile.petitions(), agencies, locale);
	}

	private static Double number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
