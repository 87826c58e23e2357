package tw.yankao.tracking.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.shared.web.InvalidInput;
import tw.yankao.tracking.ReportAttachments;
import tw.yankao.tracking.ReportFile;

/** Uploading photos and files to a month's progress report, and downloading them. */
@Controller
class ReportFileController {

	private final ReportAttachments attachments;
	private final MessageSource messages;

	ReportFileController(ReportAttachments attachments, MessageSource messages) {
		this.attachments = attachments;
		this.messages = messages;
	}

	@PostMapping("/tracking/items/{id}/files")
	String upload(@PathVariable long id, @RequestParam String month, @RequestParam("file") MultipartFile file,
			Locale locale, RedirectAttributes redirect) throws IOException {
		try {
			ReportFile saved = attachments.attach(id, month, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("fileSaved", saved.fileName());
		}
		catch (InvalidInput invalid) {
			InvalidInput.FieldError error = invalid.errors().get(0);
			redirect.addFlashAttribute("fileError",
					messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale));
		}
		return "redirect:/tracking/items/" + id + "?month=" + month;
	}

	/** Always as an attachment, never sniffed by the browser: the bytes were checked against the name on upload. */
	@GetMapping("/tracking/items/{id}/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
		ReportAttachments.Download download = attachments.download(id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(download.file().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}

}
