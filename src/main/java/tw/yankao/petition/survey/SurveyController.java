package tw.yankao.petition.survey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.web.InvalidInput;

/**
 * {@code /survey/{token}}: the petitioner's satisfaction survey, anonymous. The token is the only
 * key, and the page shows the case number and nothing personal.
 */
@Controller
class SurveyController {

	static final String PATH = "/survey/{token}";
	private static final String VIEW = "petition/survey";

	private final Surveys surveys;

	SurveyController(Surveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping(PATH)
	String show(@PathVariable String token, Model model) {
		model.addAttribute("survey", surveys.byToken(token));
		model.addAttribute("reopenWindowDays", surveys.reopenWindowDays());
		return VIEW;
	}

	@PostMapping(PATH)
	String answer(@PathVariable String token, @RequestParam(required = false) Integer satisfaction,
			@RequestParam(required = false) String comment, Model model) {
		try {
			model.addAttribute("outcome", surveys.answer(token, satisfaction, comment));
		}
		catch (InvalidInput ex) {
			model.addAttribute("errors", ex.errors());
			model.addAttribute("comment", comment);
		}
		model.addAttribute("survey", surveys.byToken(token));
		model.addAttribute("reopenWindowDays", surveys.reopenWindowDays());
		return VIEW;
	}

	/** Anyone holding a token may answer its survey: the petitioner has no account. */
	@Configuration(proxyBeanMethods = false)
	static class SurveyAccessRules {

		@Bean
		AccessRules surveyRules() {
			return AccessRules.of("petition")
				.get("/survey/*").permitAll()
				.post("/survey/*").permitAll()
				.build();
		}

	}

}
