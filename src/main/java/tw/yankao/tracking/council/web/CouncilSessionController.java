package tw.yankao.tracking.council.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.council.CouncilBooklet;
import tw.yankao.tracking.council.CouncilManagement;
import tw.yankao.tracking.council.CouncilQuestion;
import tw.yankao.tracking.council.CouncilSession;

/** The sessions with the RDEC's form for a new one, a session's questions with the register form, and its booklet. */
@Controller
class CouncilSessionController {

	private static final String SESSIONS = "tracking/council/sessions";
	private static final String SESSION = "tracking/council/session";

	/** The booklet is for printing and editing. */
	static final Set<BookFormat> BOOKLET_FORMATS = EnumSet.of(BookFormat.ODT, BookFormat.DOCX, BookFormat.PDF);

	private final CouncilManagement council;
	private final CouncilBooklet booklet;
	private final AgencyDirectory agencies;

	CouncilSessionController(CouncilManagement council, CouncilBooklet booklet, AgencyDirectory agencies) {
		this.council = council;
		this.booklet = booklet;
		this.agencies = agencies;
	}

	@GetMapping("/tracking/council")
	String sessions(Model model) {
		return sessionsPage(SessionForm.empty(), model);
	}

	@PostMapping("/tracking/council")
	String create(@ModelAttribute("form") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			CouncilSession session = council.createSession(form.entry());
			redirect.addFlashAttribute("created", session.nameZh());
			return "redirect:/tracking/council/" + session.id();
		}
		catch (InvalidInput invalid) {
			reject(invalid, result);
			return sessionsPage(form, model);
		}
	}

	@GetMapping("/tracking/council/{id}")
	String session(@PathVariable long id, Model model) {
		return sessionPage(id, QuestionForm.empty(), model);
	}

	@PostMapping("/tracking/council/{id}/questions")
	String register(@PathVariable long id, @ModelAttribute("form") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			CouncilQuestion question = council.register(id, form.entry());
			redirect.addFlashAttribute("registered", question.number());
			return "redirect:/tracking/council/" + id;
		}
		catch (InvalidInput invalid) {
			reject(invalid, result);
			return sessionPage(id, form, model);
		}
	}

	@GetMapping("/tracking/council/{id}/booklet.{extension}")
	void booklet(@PathVariable long id, @PathVariable String extension, HttpServletResponse response)
			throws IOException {
		BookFormat format = BookFormat.ofExtension(extension)
			.filter(BOOKLET_FORMATS::contains)
			.orElseThrow(() -> new NotFound("booklet format", extension));
		CouncilBooklet.PendingBooklet pending = booklet.of(id, format);
		String name = pending.fileName() + "." + format.extension();
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
		response.setContentType(format.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"council-" + id + "." + format.extension() + "\"; filename*=UTF-8''" + encoded);
		pending.writeTo(response.getOutputStream());
		response.flushBuffer();
	}

	private String sessionsPage(SessionForm form, Model model) {
		model.addAttribute("sessions", council.sessions());
		model.addAttribute("kinds", CouncilSession.Kind.values());
		model.addAttribute("form", form);
		return SESSIONS;
	}

	private String sessionPage(long id, QuestionForm form, Model model) {
		CouncilSession session = council.session(id);
		List<CouncilQuestion> questions = council.questions(id);
		model.addAttribute("councilSession", session);
		model.addAttribute("questions", questions);
		model.addAttribute("today", council.today());
		model.addAttribute("agencies", agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity())));
		model.addAttribute("agencyList", agencies.all());
		model.addAttribute("types", List.of(TrackedItemType.COUNCIL_RESOLUTION, TrackedItemType.COUNCILLOR_QUESTION));
		model.addAttribute("formats", BOOKLET_FORMATS);
		model.addAttribute("form", form);
		return SESSION;
	}

	/** Each error on its field; an error of a field the form does not have (e.g. the tracked item's) on the whole form. */
	static void reject(InvalidInput invalid, BindingResult result) {
		for (InvalidInput.FieldError error : invalid.errors()) {
			try {
				if (error.field() != null) {
					result.rejectValue(error.field(), error.messageKey(), error.arguments(), error.messageKey());
					continue;
				}
			}
			catch (NotReadablePropertyException notOnTheForm) {
				// falls through to the form's own errors
			}
			result.reject(error.messageKey(), error.arguments(), error.messageKey());
		}
	}

}
