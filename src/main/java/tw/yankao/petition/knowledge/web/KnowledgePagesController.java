package tw.yankao.petition.knowledge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.CurrentUsers;
import tw.yankao.petition.knowledge.KnowledgeBase;
import tw.yankao.petition.knowledge.KnowledgeEntry;
import tw.yankao.petition.knowledge.StaleEntry;
import tw.yankao.petition.web.CaseNames;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.web.InvalidInput;

/** Maintaining the knowledge base (list, new, edit, delete) and the panel that searches it while the agent types. */
@Controller
class KnowledgePagesController {

	private static final String LIST = "petition/knowledge/entries";
	private static final String FORM = "petition/knowledge/entry";
	private static final String PANEL = "petition/knowledge/panel :: panel";

	/** Entries in the intake page's panel. */
	static final int PANEL_ENTRIES = 5;

	private final KnowledgeBase knowledge;
	private final AgencyDirectory agencies;
	private final CurrentUsers users;
	private final CityProfile profile;
	private final MessageSource messages;

	KnowledgePagesController(KnowledgeBase knowledge, AgencyDirectory agencies, CurrentUsers users, CityProfile profile,
			MessageSource messages) {
		this.knowledge = knowledge;
		this.agencies = agencies;
		this.users = users;
		this.profile = profile;
		this.messages = messages;
	}

	@ModelAttribute
	void common(Model model, Locale locale) {
		model.addAttribute("names", new CaseNames(profile.petitions(), agencies, locale));
	}

	@GetMapping("/petitions/knowledge")
	String list(Model model) {
		model.addAttribute("entries", knowledge.maintained());
		return LIST;
	}

	@GetMapping("/petitions/knowledge/new")
	String newEntry(Model model) {
		String own = users.current().flatMap(u -> u.agencyId() == null ? java.util.Optional.empty() : agencies.findById(u.agencyId()))
			.map(Agency::code).orElse("");
		return form(null, KnowledgeForm.empty(own), Map.of(), model);
	}

	@PostMapping("/petitions/knowledge")
	String create(KnowledgeForm form, Model model, Locale locale, HttpServletResponse response) {
		try {
			knowledge.create(form.toDraft());
			return "redirect:/petitions/knowledge";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(null, form, errors(invalid, locale), model);
		}
	}

	@GetMapping("/petitions/knowledge/{id}")
	String edit(@PathVariable long id, Model model) {
		KnowledgeEntry e = knowledge.maintainable(id);
		return form(e, KnowledgeForm.of(e, agencies.findById(e.agencyId()).map(Agency::code).orElse("")), Map.of(), model);
	}

	@PostMapping("/petitions/knowledge/{id}")
	String update(@PathVariable long id, KnowledgeForm form, Model model, Locale locale, HttpServletResponse response) {
		KnowledgeEntry e = knowledge.maintainable(id);
		try {
			knowledge.update(id, form.versionOrZero(), form.toDraft());
			return "redirect:/petitions/knowledge";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(e, form, errors(invalid, locale), model);
		}
		catch (StaleEntry stale) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(e, form, Map.of("version", messages.getMessage("knowledge.error.stale", null, locale)), model);
		}
	}

	@PostMapping("/petitions/knowledge/{id}/delete")
	String delete(@PathVariable long id, @RequestParam int version, Model model, Locale locale, HttpServletResponse response) {
		KnowledgeEntry e = knowledge.maintainable(id);
		try {
			knowledge.delete(id, version);
			return "redirect:/petitions/knowledge";
		}
		catch (StaleEntry stale) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(e, KnowledgeForm.of(e, agencies.findById(e.agencyId()).map(Agency::code).orElse("")),
					Map.of("version", messages.getMessage("knowledge.error.stale", null, locale)), model);
		}
	}

	/** The agent's panel: what the search box says, else what the description says. */
	@GetMapping("/petitions/intake/knowledge")
	String panel(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String description, Model model) {
		String words = q.isBlank() ? description : q;
		model.addAttribute("searched", !words.isBlank());
		model.addAttribute("answers", words.isBlank() ? List.of() : knowledge.search(words, PANEL_ENTRIES));
		return PANEL;
	}

	private String form(KnowledgeEntry entry, KnowledgeForm form, Map<String, String> errors, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("agencyChoices", knowledge.maintainableAgencies());
		model.addAttribute("categories", profile.petitions().categories());
		return FORM;
	}

	private Map<String, String> errors(InvalidInput invalid, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (InvalidInput.FieldError e : invalid.errors()) {
			errors.merge(String.valueOf(e.field()), messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale),
					(a, b) -> a + " " + b);
		}
		return errors;
	}

}
