package tw.yankao.opendata.web;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.opendata.Catalogue;
import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.release.Release;
import tw.yankao.opendata.release.ReleaseFormat;
import tw.yankao.opendata.release.ReleasePipeline;
import tw.yankao.opendata.release.Releases;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/**
 * The catalogue, a dataset's page with its releases, a release's page with its check report and
 * downloads; and the RDEC's steps: build a month's release, publish a checked one.
 */
@Controller
class OpenDataController {

	private final Catalogue catalogue;
	private final Releases releases;
	private final ReleasePipeline pipeline;
	private final ReleaseAccess access;
	private final Clock clock;
	private final AgencyDirectory agencies;

	OpenDataController(Catalogue catalogue, Releases releases, ReleasePipeline pipeline, ReleaseAccess access,
			Clock clock, AgencyDirectory agencies) {
		this.clock = clock;
		this.agencies = agencies;
		this.catalogue = catalogue;
		this.releases = releases;
		this.pipeline = pipeline;
		this.access = access;
	}

	@GetMapping("/open-data")
	String catalogue(Model model) {
		model.addAttribute("datasets", catalogue.datasets());
		return "opendata/catalogue";
	}

	@GetMapping("/open-data/datasets/{id}")
	String dataset(@PathVariable String id, Model model, java.util.Locale locale) {
		Dataset dataset = access.dataset(id);
		boolean rdec = access.isRdec();
		model.addAttribute("dataset", dataset);
		model.addAttribute("releases", releases.of(dataset.identifier(), rdec));
		model.addAttribute("rdec", rdec);
		model.addAttribute("lastMonth", YearMonth.now(clock.withZone(tw.yankao.shared.time.RocDates.ZONE)).minusMonths(1).toString());
		model.addAttribute("formats", ReleaseFormat.values());
		model.addAttribute("publisher", agencies.findByCode(dataset.publisherCode()).map(a -> a.name(locale))
			.orElse(dataset.publisherCode()));
		model.addAttribute("license", Dataset.LICENSE);
		model.addAttribute("licenseUrl", Dataset.LICENSE_URL);
		return "opendata/dataset";
	}

	@GetMapping("/open-data/datasets/{id}/releases/{month}")
	String release(@PathVariable String id, @PathVariable String month, Model model) {
		model.addAttribute("dataset", access.dataset(id));
		model.addAttribute("release", access.release(id, month));
		model.addAttribute("rdec", access.isRdec());
		model.addAttribute("formats", ReleaseFormat.values());
		return "opendata/release";
	}

	@GetMapping("/open-data/datasets/{id}/releases/{month}/files/{format}")
	ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String month, @PathVariable String format) {
		Release release = access.release(id, month);
		ReleaseFormat type = ReleaseFormat.ofExtension(format).orElseThrow(() -> new NotFound("format", format));
		byte[] bytes = releases.file(release.id(), type).orElseThrow(() -> new NotFound("file", format));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(id + "-" + release.period() + "." + type.extension()).build().toString())
			.body(bytes);
	}

	@PostMapping("/open-data/datasets/{id}/releases")
	String create(@PathVariable String id, @RequestParam(required = false) String month) {
		Release release = pipeline.create(access.dataset(id).identifier(), ReleaseAccess.month(month));
		return "redirect:/open-data/datasets/" + id + "/releases/" + release.period();
	}

	@PostMapping("/open-data/datasets/{id}/releases/{month}/publish")
	String publish(@PathVariable String id, @PathVariable String month, @RequestParam int version,
			RedirectAttributes redirect) {
		pipeline.publish(access.dataset(id).identifier(), ReleaseAccess.month(month), version);
		redirect.addFlashAttribute("published", true);
		return "redirect:/open-data/datasets/" + id + "/releases/" + month;
	}

	/** A refused step names the field and the reason. */
	@ExceptionHandler(InvalidInput.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInput invalid, Model model) {
		model.addAttribute("errors", invalid.errors());
		return "opendata/invalid";
	}

}
