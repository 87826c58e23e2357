package tw.yankao.tracking.council.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.tracking.TrackingConflict;
import tw.yankao.tracking.council.CouncilConflict;
import tw.yankao.tracking.council.CouncilManagement;
import tw.yankao.tracking.council.CouncilQuestion;

/**
 * A question's page: the liaison drafts and submits the reply, the agency head approves it or
 * returns it. A reply changed by someone else since it was read is refused with 409.
 */
@Controller
class CouncilReplyController {

	private static final String PAGE = "tracking/council/question";

	private final CouncilManagement council;
	private final AgencyDirectory agencies;

	CouncilReplyController(CouncilManagement council, AgencyDirectory agencies) {
		this.council = council;
		this.agencies = agencies;
	}

	@GetMapping("/tracking/council/questions/{id}")
	String page(@PathVariable long id, Model model) {
		CouncilQuestion question = council.question(id);
		return show(question, ReplyForm.of(question), model);
	}

	@PostMapping("/tracking/council/questions/{id}/reply")
	String reply(@PathVariable long id, @ModelAttribute("form") ReplyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			CouncilQuestion saved = council.saveReply(id, form.reply(), form.version(), form.submit());
			redirect.addFlashAttribute("done", "council.reply.done." + saved.replyState());
			return "redirect:/tracking/council/questions/" + id;
		}
		catch (InvalidInput invalid) {
			CouncilSessionController.reject(invalid, result);
			CouncilQuestion question = council.question(id);
			if (question.replyState() == CouncilQuestion.ReplyState.APPROVED) {
				// the form is gone once the reply is approved: say why above the reply
				model.addAttribute("decisionError", invalid.errors().get(0));
			}
			return show(question, form, model);
		}
	}

	@PostMapping("/tracking/council/questions/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
			RedirectAttributes redirect) {
		return decide(id, version, true, model, redirect);
	}

	@PostMapping("/tracking/council/questions/{id}/return")
	String returnReply(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
			RedirectAttributes redirect) {
		return decide(id, version, false, model, redirect);
	}

	@ExceptionHandler(CouncilConflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(CouncilConflict conflict, Model model) {
		model.addAttribute("itemId", conflict.itemId());
		return "tracking/council/conflict";
	}

	/** The tracked item changed under the approval: the whole approval was rolled back. */
	@ExceptionHandler(TrackingConflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String itemConflict(TrackingConflict conflict, Model model) {
		model.addAttribute("itemId", conflict.itemId());
		return "tracking/council/conflict";
	}

	private String decide(long id, Integer version, boolean approve, Model model, RedirectAttributes redirect) {
		try {
			CouncilQuestion saved = approve ? council.approve(id, version) : council.returnReply(id, version);
			redirect.addFlashAttribute("done", "council.reply.done." + (approve ? saved.replyState() : "RETURNED"));
			return "redirect:/tracking/council/questions/" + id;
		}
		catch (InvalidInput invalid) {
			CouncilQuestion question = council.question(id);
			model.addAttribute("decisionError", invalid.errors().get(0));
			return show(question, ReplyForm.of(question), model);
		}
	}

	private String show(CouncilQuestion question, ReplyForm form, Model model) {
		model.addAttribute("question", question);
		model.addAttribute("councilSession", council.session(question.sessionId()));
		model.addAttribute("today", council.today());
		model.addAttribute("agencies", agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity())));
		model.addAttribute("form", form);
		return PAGE;
	}

}
