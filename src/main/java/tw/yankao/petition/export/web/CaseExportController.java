package tw.yankao.petition.export.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.petition.export.CaseExports;
import tw.yankao.petition.export.ExportLayout;
import tw.yankao.petition.export.Sheet;
import tw.yankao.petition.export.SheetFormat;
import tw.yankao.shared.web.InvalidInput;

/**
 * {@code GET /petitions/export?from=&to=&format=csv|xlsx|ods&layout=taipei|list[&agency=CODE]}: the
 * cases received in the period, in the viewer's agency scope. Naming an agency outside the scope is 403.
 */
@RestController
class CaseExportController {

	/** Longest period of one export, in days: a year and a day covers any calendar or ROC year. */
	private static final long MAX_DAYS = 367;

	private final CaseExports exports;

	private final AgencyScope scope;

	private final AgencyDirectory agencies;

	CaseExportController(CaseExports exports, AgencyScope scope, AgencyDirectory agencies) {
		this.exports = exports;
		this.scope = scope;
		this.agencies = agencies;
	}

	@GetMapping("/petitions/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "csv") String format, @RequestParam(defaultValue = "taipei") String layout,
			@RequestParam(required = false) String agency, Locale locale) throws IOException {
		LocalDate first = date("from", from);
		LocalDate last = date("to", to);
		if (last.isBefore(first)) {
			throw new InvalidInput("to", "petition.export.error.order");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidInput("to", "petition.export.error.period", MAX_DAYS);
		}
		SheetFormat sheetFormat = choice("format", () -> SheetFormat.parse(format));
		ExportLayout exportLayout = choice("layout", () -> ExportLayout.parse(layout));
		Set<Long> agencyIds = scope.accessibleAgencies().orElse(null);
		if (agency != null && !agency.isBlank()) {
			long id = agencies.findByCode(agency.strip())
				.orElseThrow(() -> new InvalidInput("agency", "petition.export.error.agency")).id();
			scope.checkAccess(id);
			agencyIds = agencies.subtree(id);
		}
		Sheet sheet = exports.export(exportLayout, first, last, agencyIds, locale);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		sheetFormat.write(sheet, bytes);
		String fileName = "petitions-" + exportLayout.name().toLowerCase(Locale.ROOT) + "-" + first + "-" + last + "."
				+ sheetFormat.extension();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(sheetFormat.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes.toByteArray());
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, "petition.export.error.required");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(field, "petition.export.error.date");
		}
	}

	private static <T> T choice(String field, java.util.function.Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(field, "petition.export.error." + field);
		}
	}

}
