package tw.yankao.tracking.meetings.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.tracking.meetings.MeetingPacks;
import tw.yankao.tracking.meetings.PackMonth;

/**
 * Pack downloads in ODT, DOCX, PDF or XLSX. Bad input is answered as problem details naming the
 * field, since a download link has no form to show errors on.
 */
@RestController
class MeetingPackController {

	private final MeetingPacks packs;

	MeetingPackController(MeetingPacks packs) {
		this.packs = packs;
	}

	@GetMapping("/tracking/meetings/packs/city")
	void cityPack(@RequestParam(required = false) String month, @RequestParam(defaultValue = "odt") String format,
			HttpServletResponse response) throws IOException {
		BookFormat bookFormat = format(format);
		YearMonth shown = PackMonth.parse(month, packs.thisMonth());
		send(packs.pending(packs.cityPack(shown), bookFormat), "city-control-meeting-" + shown, response);
	}

	@GetMapping("/tracking/meetings/packs/agency/{code}")
	void agencyPack(@PathVariable String code, @RequestParam(required = false) String month,
			@RequestParam(defaultValue = "odt") String format, HttpServletResponse response) throws IOException {
		BookFormat bookFormat = format(format);
		YearMonth shown = PackMonth.parse(month, packs.thisMonth());
		Book book = packs.agencyPack(code, shown);
		send(packs.pending(book, bookFormat), "control-meeting-" + code.replaceAll("[^A-Za-z0-9-]", "") + "-" + shown,
				response);
	}

	/** The pack formats; plain text is left out, as it is of no use at a meeting. */
	static BookFormat format(String extension) {
		return BookFormat.ofExtension(extension)
			.filter(f -> f != BookFormat.TXT)
			.orElseThrow(() -> new InvalidInput("format", "meetings.format.unknown", extension));
	}

	private static void send(MeetingPacks.PendingPack pack, String asciiName, HttpServletResponse response)
			throws IOException {
		String extension = "." + pack.format().extension();
		String name = URLEncoder.encode(pack.book().title() + extension, StandardCharsets.UTF_8).replace("+", "%20");
		response.setContentType(pack.format().mediaType());
		// RFC 6266 with the UTF-8 name of RFC 5987, and an ASCII name for clients that know no better
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + asciiName + extension + "\"; filename*=UTF-8''" + name);
		pack.writeTo(response.getOutputStream());
		response.flushBuffer();
	}

}
