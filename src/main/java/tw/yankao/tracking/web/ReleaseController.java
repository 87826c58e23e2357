package tw.yankao.tracking.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.tracking.ReleaseRequest;
import tw.yankao.tracking.TrackingConflict;
import tw.yankao.tracking.TrackingManagement;
import tw.yankao.tracking.TrackingRelease;

/**
 * Release from tracking on pages: the agency's request and the RDEC's reopening are forms on the
 * item's page; the RDEC decides open requests from their list.
 */
@Controller
class ReleaseController {

	static final String LIST = "/tracking/release-requests";

	private final TrackingRelease release;
	private final TrackingManagement tracking;
	private final AgencyDirectory agencies;

	ReleaseController(TrackingRelease release, TrackingManagement tracking, AgencyDirectory agencies) {
		this.release = release;
		this.tracking = tracking;
		this.agencies = agencies;
	}

	@GetMapping(LIST)
	String list(Model model) {
		model.addAttribute("requests", release.open().stream()
			.map(request -> Map.entry(request, tracking.item(request.itemId()))).toList());
		model.addAttribute("agencies",
				agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity())));
		return "tracking/release-requests";
	}

	@PostMapping("/tracking/items/{id}/release-requests")
	String request(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		release.request(id, version, reason);
		redirect.addFlashAttribute("releaseDone", "tracking.release.requested");
		return "redirect:/tracking/items/" + id;
	}

	@PostMapping("/tracking/items/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		release.reopen(id, version, reason);
		redirect.addFlashAttribute("releaseDone", "tracking.release.reopened");
		return "redirect:/tracking/items/" + id;
	}

	@PostMapping(LIST + "/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		ReleaseRequest decided = release.approve(id, version);
		redirect.addFlashAttribute("releaseDone", "tracking.release.approved");
		return "redirect:/tracking/items/" + decided.itemId();
	}

	@PostMapping(LIST + "/{id}/refuse")
	String refuse(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String decisionReason, RedirectAttributes redirect) {
		ReleaseRequest decided = release.refuse(id, version, decisionReason);
		redirect.addFlashAttribute("releaseDone", "tracking.release.refused");
		return "redirect:/tracking/items/" + decided.itemId();
	}

	/** A refused step names the field, so that the user knows what to correct. */
	@ExceptionHandler(InvalidInput.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInput invalid, Model model) {
		model.addAttribute("errors", invalid.errors());
		return "tracking/release-invalid";
	}

	@ExceptionHandler(TrackingConflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(TrackingConflict conflict, Model model) {
		model.addAttribute("itemId", conflict.itemId());
		return "tracking/conflict";
	}

}
