package tw.yankao.petition.portal.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseNumber;
import tw.yankao.petition.CaseViews;
import tw.yankao.petition.PetitionCase;
import tw.yankao.petition.attachments.Attachment;
import tw.yankao.petition.attachments.CaseAttachments;
import tw.yankao.shared.web.NotFound;

/**
 * The photos of a case for the staff who may see the case, as uploaded (with their metadata:
 * the location may help the field crew). Loaded into the case page.
 */
@Controller
class CasePhotosController {

	private final CaseIntake intake;
	private final CaseViews views;
	private final CaseAttachments attachments;

	CasePhotosController(CaseIntake intake, CaseViews views, CaseAttachments attachments) {
		this.intake = intake;
		this.views = views;
		this.attachments = attachments;
	}

	@GetMapping("/petitions/cases/{number}/photos")
	String photos(@PathVariable String number, Model model) {
		PetitionCase c = views.visible(intake.byNumber(new CaseNumber(number)));
		model.addAttribute("c", c);
		model.addAttribute("photos", attachments.ofCase(c.id()));
		return "portal/case-photos :: photos";
	}

	@GetMapping("/petitions/cases/{number}/photos/{id}")
	ResponseEntity<byte[]> original(@PathVariable String number, @PathVariable long id) {
		PetitionCase c = views.visible(intake.byNumber(new CaseNumber(number)));
		Attachment a = attachments.byId(id).filter(x -> x.caseId() == c.id())
			.orElseThrow(() -> new NotFound("photo", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.contentType()))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			// those not handling the case see the copy without the location, as the public does
			.body(views.handles(c) ? attachments.original(id) : attachments.publicCopy(id));
	}

}
