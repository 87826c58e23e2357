package tw.yankao.opendata.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.node.ObjectNode;

import tw.yankao.opendata.Catalogue;
import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.DatasetField;
import tw.yankao.opendata.release.Release;
import tw.yankao.opendata.release.ReleaseFiles;
import tw.yankao.opendata.release.Releases;
import tw.yankao.shared.web.InvalidInput;

/** The public open-data API: the catalogue and a published release's rows, both paged. */
@RestController
@Tag(name = "Open data")
class OpenDataApiController {

	static final int MAX_SIZE = 1000;

	private final Catalogue catalogue;
	private final Releases releases;
	private final ReleaseAccess access;

	OpenDataApiController(Catalogue catalogue, Releases releases, ReleaseAccess access) {
		this.catalogue = catalogue;
		this.releases = releases;
		this.access = access;
	}

	/** @param page 0-based; @param total items in all pages */
	record Page<T>(int page, int size, long total, List<T> items) {
	}

	/** A dataset's metadata with its published months. */
	record DatasetJson(String identifier, String title, String titleEn, String description, String publisher,
			String category, String accrualPeriodicity, String license, String contactOffice, String contactEmail,
			List<String> keyword, List<DatasetField> fieldDescription, List<String> releases) {
	}

	@GetMapping("/api/open-data/datasets")
	@Operation(summary = "The catalogue's datasets with data.gov.tw metadata and their published months; page is 0-based, size at most 1000")
	Page<DatasetJson> datasets(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		check(page, size);
		List<Dataset> all = catalogue.datasets();
		List<DatasetJson> items = all.stream().skip((long) page * size).limit(size).map(this::json).toList();
		return new Page<>(page, size, all.size(), items);
	}

	@GetMapping("/api/open-data/datasets/{id}/releases/{month}/rows")
	@Operation(summary = "One page of a published release's rows (month YYYY-MM), each an object keyed by field name; 404 for a month not published")
	Page<ObjectNode> rows(@PathVariable String id, @PathVariable String month, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		check(page, size);
		Dataset dataset = access.dataset(id);
		Release release = access.release(id, month);
		List<ObjectNode> items = releases.rows(release.id(), page * size, size).stream()
			.map(row -> ReleaseFiles.object(dataset, row)).toList();
		return new Page<>(page, size, release.rowCount(), items);
	}

	private DatasetJson json(Dataset d) {
		return new DatasetJson(d.identifier(), d.titleZh(), d.titleEn(), d.descriptionZh(), d.publisherCode(), d.category(),
				d.frequency().label(), Dataset.LICENSE, d.contactOffice(), d.contactEmail(), d.keywords(), d.fields(),
				releases.of(d.identifier(), false).stream().map(r -> r.period().toString()).toList());
	}

	private static void check(int page, int size) {
		if (page < 0) {
			throw new InvalidInput("page", "opendata.page.invalid", page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInput("size", "opendata.size.invalid", size, MAX_SIZE);
		}
		if ((long) page * size > Integer.MAX_VALUE) {
			throw new InvalidInput("page", "opendata.page.invalid", page);
		}
	}

}
