package tw.yankao.plan.book.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tw.yankao.org.AgencyScope;
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.plan.book.PlanBooks;
import tw.yankao.plan.book.PlanBooks.PendingBook;
import tw.yankao.shared.web.NotFound;

/**
 * Plan book downloads. The book is written straight to the response: a city book of thirty
 * agencies takes seconds and is not held twice.
 */
@Controller
class PlanBookController {

	/** The city book is for printing and editing; its plain text would be of no use to anyone. */
	private static final Set<BookFormat> CITY_FORMATS = EnumSet.of(BookFormat.ODT, BookFormat.DOCX, BookFormat.PDF);

	private final PlanBooks books;
	private final AgencyScope scope;

	PlanBookController(PlanBooks books, AgencyScope scope) {
		this.books = books;
		this.scope = scope;
	}

	@GetMapping("/plans/books")
	String cityBooks(Model model) {
		model.addAttribute("years", books.cityBookYears());
		model.addAttribute("formats", CITY_FORMATS);
		return "plan/book/city-books";
	}

	@GetMapping("/plans/{id}/book.{extension}")
	void planBook(@PathVariable long id, @PathVariable String extension, HttpServletResponse response)
			throws IOException {
		BookFormat format = BookFormat.ofExtension(extension).orElseThrow(() -> new NotFound("book format", extension));
		AnnualPlan plan = books.plan(new AnnualPlanId(id)).orElseThrow(() -> new NotFound("plan", id));
		scope.checkAccess(plan.summary().agencyId());
		send(books.planBook(plan, format), "plan-" + id + "-" + plan.summary().rocYear(), response);
	}

	@GetMapping("/plans/books/{rocYear}.{extension}")
	void cityBook(@PathVariable int rocYear, @PathVariable String extension, HttpServletResponse response)
			throws IOException {
		BookFormat format = BookFormat.ofExtension(extension)
			.filter(CITY_FORMATS::contains)
			.orElseThrow(() -> new NotFound("book format", extension));
		if (rocYear < 1 || rocYear > 999) {
			throw new NotFound("ROC year", rocYear);
		}
		send(books.cityBook(rocYear, format), "city-plans-" + rocYear, response);
	}

	private static void send(PendingBook book, String asciiName, HttpServletResponse response) throws IOException {
		String extension = "." + book.format().extension();
		response.setContentType(book.format().mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(book.fileName() + extension,
				asciiName + extension));
		book.writeTo(response.getOutputStream());
		response.flushBuffer();
	}

	/** RFC 6266 with the UTF-8 name of RFC 5987, and an ASCII name for clients that know no better. */
	static String contentDisposition(String name, String asciiName) {
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
		return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
	}

}
