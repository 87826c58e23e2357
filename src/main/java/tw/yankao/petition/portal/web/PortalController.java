package tw.yankao.petition.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.petition.portal.DispatchMap;
import tw.yankao.petition.portal.PortalSubmissions;
import tw.yankao.petition.portal.StatusLookup;
import tw.yankao.petition.portal.TooManyAttempts;
import tw.yankao.petition.portal.Verifications;
import tw.yankao.petition.web.CaseNames;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.web.InvalidInput;

/** The citizens' portal: the submission form with its code, the confirmation, the status page and the map. */
@Controller
class PortalController {

	private static final String FORM = "portal/form";
	private static final String STATUS = "portal/status";

	private final PortalSubmissions submissions;
	private final Verifications verifications;
	private final StatusLookup status;
	private final DispatchMap map;
	private final CityProfile profile;
	private final AgencyDirectory agencies;
	private final MessageSource messages;
	private final String tiles;

	PortalController(PortalSubmissions submissions, Verifications verifications, StatusLookup status, DispatchMap map,
			CityProfile profile, AgencyDirectory agencies, MessageSource messages,
			@Value("${yankao.map.tiles:}") String tiles) {
		this.submissions = submissions;
		this.verifications = verifications;
		this.status = status;
		this.map = map;
		this.profile = profile;
		this.agencies = agencies;
		this.messages = messages;
		this.tiles = tiles;
	}

	@ModelAttribute
	void common(Model model, Locale locale) {
		model.addAttribute("categories", profile.petitions().categories());
		model.addAttribute("districts", profile.petitions().districts());
		model.addAttribute("names", new CaseNames(profile.petitions(), agencies, locale));
		model.addAttribute("bounds", profile.petitions().bounds());
		model.addAttribute("tiles", tiles);
	}

	@GetMapping("/portal")
	String form(Model model) {
		model.addAttribute("form", PortalForm.fresh());
		model.addAttribute("errors", Map.of());
		return FORM;
	}

	@PostMapping("/portal/code")
	String sendCode(@ModelAttribute("form") PortalForm form, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			UUID id = verifications.send(form.getVerifyChannel(), form.getVerifyAddress(), request.getRemoteAddr(), locale);
			form.setVerificationId(id.toString());
			form.setCode(null);
			model.addAttribute("codeSent", true);
			model.addAttribute("errors", Map.of());
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", errors(invalid, locale));
		}
		catch (TooManyAttempts tooMany) {
			tooMany(response, tooMany);
			model.addAttribute("errors", Map.of("verifyAddress", text("portal.error.tooMany", locale)));
		}
		return FORM;
	}

	@PostMapping("/portal")
	String submit(@ModelAttribute("form") PortalForm form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			PortalSubmissions.Submitted done = submissions.submit(form.toRequest(locale.toLanguageTag()));
			redirect.addFlashAttribute("number", done.number());
			redirect.addFlashAttribute("statusCode", done.statusCode());
			return "redirect:/portal/submitted";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", errors(invalid, locale));
			return FORM;
		}
	}

	@GetMapping("/portal/submitted")
	String submitted(Model model) {
		if (!model.containsAttribute("number")) {
			return "redirect:/portal";
		}
		return "portal/submitted";
	}

	@GetMapping("/portal/status")
	String statusForm(Model model) {
		model.addAttribute("asked", false);
		return STATUS;
	}

	/** Posted rather than a query, so that codes stay out of addresses, histories and access logs. */
	@PostMapping("/portal/status")
	String statusOf(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("asked", true);
		model.addAttribute("number", number);
		try {
			model.addAttribute("view", status.lookup(number, code, request.getRemoteAddr(), locale).orElse(null));
		}
		catch (TooManyAttempts tooMany) {
			tooMany(response, tooMany);
			model.addAttribute("tooMany", true);
		}
		return STATUS;
	}

	@GetMapping("/portal/map")
	String mapPage(Model model) {
		model.addAttribute("cases", map.recent());
		return "portal/map";
	}

	@GetMapping(path = "/portal/map/cases.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<DispatchMap.MapCase> mapCases() {
		return map.recent();
	}

	private static void tooMany(HttpServletResponse response, TooManyAttempts tooMany) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	private Map<String, String> errors(InvalidInput invalid, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (InvalidInput.FieldError e : invalid.errors()) {
			errors.merge(String.valueOf(e.field()), text(e.messageKey(), locale, e.arguments()), (a, b) -> a + " " + b);
		}
		return errors;
	}

}
