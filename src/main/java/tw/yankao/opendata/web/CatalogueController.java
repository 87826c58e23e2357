package tw.yankao.opendata.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tw.yankao.opendata.Catalogue;
import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.release.Release;
import tw.yankao.opendata.release.Releases;
import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;

/** The DCAT catalogue of published releases, for harvesters such as data.gov.tw. */
@RestController
class CatalogueController {

	private final Catalogue catalogue;
	private final Releases releases;
	private final MessageSource messages;
	private final AgencyDirectory agencies;

	CatalogueController(Catalogue catalogue, Releases releases, MessageSource messages, AgencyDirectory agencies) {
		this.agencies = agencies;
		this.catalogue = catalogue;
		this.releases = releases;
		this.messages = messages;
	}

	@GetMapping(value = "/open-data/catalog.jsonld")
	ResponseEntity<String> jsonLd() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json;charset=UTF-8"))
			.body(dcat().jsonLd());
	}

	@GetMapping(value = "/open-data/catalog.ttl")
	ResponseEntity<String> turtle() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/turtle;charset=UTF-8")).body(dcat().turtle());
	}

	private DcatCatalogue dcat() {
		Map<Dataset, List<Release>> published = new LinkedHashMap<>();
		catalogue.datasets().forEach(dataset -> published.put(dataset, releases.of(dataset.identifier(), false)));
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return new DcatCatalogue(base, messages.getMessage("opendata.catalogue.title", null, java.util.Locale.TAIWAN), published,
				code -> agencies.findByCode(code).map(Agency::nameZh).orElse(code));
	}

}
