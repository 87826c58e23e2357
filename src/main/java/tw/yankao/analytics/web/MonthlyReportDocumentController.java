package tw.yankao.analytics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.analytics.MonthlyReport;
import tw.yankao.analytics.MonthlyReports;
import tw.yankao.analytics.report.MonthlyReportBook;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.time.RocDates;
import tw.yankao.shared.web.NotFound;

/** The monthly report as an ODT, DOCX or PDF document, under the same rules as its page. */
@Controller
class MonthlyReportDocumentController {

	private final MonthlyReports reports;
	private final MonthlyReportBook book;
	private final Clock clock;

	MonthlyReportDocumentController(MonthlyReports reports, MonthlyReportBook book, Clock clock) {
		this.reports = reports;
		this.book = book;
		this.clock = clock;
	}

	@GetMapping("/analytics/monthly.{extension:odt|docx|pdf}")
	ResponseEntity<byte[]> document(@PathVariable String extension, @RequestParam(required = false) String month,
			@RequestParam(required = false) String agency, Locale locale) throws IOException {
		BookFormat format = BookFormat.ofExtension(extension).orElseThrow(() -> new NotFound("report format", extension));
		YearMonth shown = MonthlyReportController.parse(month, YearMonth.now(clock.withZone(RocDates.ZONE)).minusMonths(1));
		MonthlyReport report = reports.report(shown, agency == null || agency.isBlank() ? null : agency);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		book.write(report, format, locale, out);
		String name = "analytics-" + shown + (report.agencyCode() == null ? "" : "-" + report.agencyCode()) + "." + format.extension();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toByteArray());
	}

}
