package tw.yankao.opendata.web;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.release.Release;
import tw.yankao.opendata.release.ReleaseFormat;

/**
 * The catalogue in DCAT (W3C Data Catalog Vocabulary), as JSON-LD and as Turtle: one
 * dcat:Dataset per dataset, one dcat:Distribution per published release and format. Turtle is
 * written by hand: the Maven mirror has no RDF library, and the graph is small and fixed.
 */
final class DcatCatalogue {

	private static final ObjectMapper JSON = new ObjectMapper();

	static final Map<String, String> PREFIXES = new java.util.LinkedHashMap<>();

	static {
		PREFIXES.put("dcat", "http://www.w3.org/ns/dcat#");
		PREFIXES.put("dct", "http://purl.org/dc/terms/");
		PREFIXES.put("foaf", "http://xmlns.com/foaf/0.1/");
		PREFIXES.put("vcard", "http://www.w3.org/2006/vcard/ns#");
		PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
	}

	private final String base;
	private final String title;
	private final Map<Dataset, List<Release>> datasets;
	private final java.util.function.UnaryOperator<String> publisherName;

	/**
	 * @param base the site's absolute URL without trailing slash
	 * @param datasets each with its published releases
	 * @param publisherName the Chinese name of the agency with a code
	 */
	DcatCatalogue(String base, String title, Map<Dataset, List<Release>> datasets,
			java.util.function.UnaryOperator<String> publisherName) {
		this.publisherName = publisherName;
		this.base = base;
		this.title = title;
		this.datasets = datasets;
	}

	private String datasetIri(Dataset dataset) {
		return base + "/open-data/datasets/" + dataset.identifier();
	}

	private String fileIri(Dataset dataset, Release release, ReleaseFormat format) {
		return datasetIri(dataset) + "/releases/" + release.period() + "/files/" + format.extension();
	}

	String jsonLd() {
		ObjectNode root = JSON.createObjectNode();
		ObjectNode context = root.putObject("@context");
		PREFIXES.forEach(context::put);
		root.put("@id", base + "/open-data/catalog");
		root.put("@type", "dcat:Catalog");
		root.set("dct:title", literal(title, "zh-TW"));
		ArrayNode list = root.putArray("dcat:dataset");
		datasets.forEach((dataset, releases) -> {
			ObjectNode node = list.addObject();
			node.put("@id", datasetIri(dataset));
			node.put("@type", "dcat:Dataset");
			node.put("dct:identifier", dataset.identifier());
			node.putArray("dct:title").add(literal(dataset.titleZh(), "zh-TW")).add(literal(dataset.titleEn(), "en"));
			node.putArray("dct:description").add(literal(dataset.descriptionZh(), "zh-TW")).add(literal(dataset.descriptionEn(), "en"));
			ObjectNode publisher = node.putObject("dct:publisher");
			publisher.put("@type", "foaf:Organization");
			publisher.put("foaf:name", publisherName.apply(dataset.publisherCode()));
			ObjectNode contact = node.putObject("dcat:contactPoint");
			contact.put("@type", "vcard:Organization");
			contact.put("vcard:fn", dataset.contactOffice());
			contact.putObject("vcard:hasEmail").put("@id", "mailto:" + dataset.contactEmail());
			node.putObject("dct:accrualPeriodicity").put("@id", dataset.frequency().iri());
			node.putObject("dct:license").put("@id", Dataset.LICENSE_URL);
			node.put("dct:rights", Dataset.LICENSE);
			node.put("dcat:theme", dataset.category());
			node.put("dct:language", "zh-TW");
			ArrayNode keywords = node.putArray("dcat:keyword");
			dataset.keywords().forEach(k -> keywords.add(literal(k, "zh-TW")));
			ArrayNode distributions = node.putArray("dcat:distribution");
			for (Release release : releases) {
				for (ReleaseFormat format : ReleaseFormat.values()) {
					ObjectNode d = distributions.addObject();
					d.put("@id", fileIri(dataset, release, format));
					d.put("@type", "dcat:Distribution");
					d.set("dct:title", literal(dataset.titleZh() + " " + release.period() + " " + format.label(), "zh-TW"));
					d.putObject("dcat:downloadURL").put("@id", fileIri(dataset, release, format));
					d.put("dcat:mediaType", format.mediaType());
					d.put("dct:format", format.label());
					d.set("dct:issued", typed(release.publishedAt().toString(), "xsd:dateTime"));
				}
			}
		});
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	String turtle() {
		StringBuilder ttl = new StringBuilder();
		PREFIXES.forEach((prefix, iri) -> ttl.append("@prefix ").append(prefix).append(": <").append(iri).append("> .\n"));
		ttl.append('\n').append(iri(base + "/open-data/catalog")).append(" a dcat:Catalog ;\n")
			.append("  dct:title ").append(string(title, "zh-TW"));
		datasets.keySet().forEach(dataset -> ttl.append(" ;\n  dcat:dataset ").append(iri(datasetIri(dataset))));
		ttl.append(" .\n");
		datasets.forEach((dataset, releases) -> {
			ttl.append('\n').append(iri(datasetIri(dataset))).append(" a dcat:Dataset ;\n")
				.append("  dct:identifier ").append(string(dataset.identifier(), null)).append(" ;\n")
				.append("  dct:title ").append(string(dataset.titleZh(), "zh-TW")).append(", ").append(string(dataset.titleEn(), "en")).append(" ;\n")
				.append("  dct:description ").append(string(dataset.descriptionZh(), "zh-TW")).append(", ")
				.append(string(dataset.descriptionEn(), "en")).append(" ;\n")
				.append("  dct:publisher [ a foaf:Organization ; foaf:name ").append(string(publisherName.apply(dataset.publisherCode()), "zh-TW")).append(" ] ;\n")
				.append("  dcat:contactPoint [ a vcard:Organization ; vcard:fn ").append(string(dataset.contactOffice(), null))
				.append(" ; vcard:hasEmail ").append(iri("mailto:" + dataset.contactEmail())).append(" ] ;\n")
				.append("  dct:accrualPeriodicity ").append(iri(dataset.frequency().iri())).append(" ;\n")
				.append("  dct:license ").append(iri(Dataset.LICENSE_URL)).append(" ;\n")
				.append("  dct:rights ").append(string(Dataset.LICENSE, "zh-TW")).append(" ;\n")
				.append("  dcat:theme ").append(string(dataset.category(), "zh-TW")).append(" ;\n")
				.append("  dct:language \"zh-TW\"");
			dataset.keywords().forEach(k -> ttl.append(" ;\n  dcat:keyword ").append(string(k, "zh-TW")));
			for (Release release : releases) {
				for (ReleaseFormat format : ReleaseFormat.values()) {
					ttl.append(" ;\n  dcat:distribution [ a dcat:Distribution ;\n")
						.append("    dct:title ").append(string(dataset.titleZh() + " " + release.period() + " " + format.label(), "zh-TW")).append(" ;\n")
						.append("    dcat:downloadURL ").append(iri(fileIri(dataset, release, format))).append(" ;\n")
						.append("    dcat:mediaType ").append(string(format.mediaType(), null)).append(" ;\n")
						.append("    dct:format ").append(string(format.label(), null)).append(" ;\n")
						.append("    dct:issued ").append(string(release.publishedAt().toString(), null)).append("^^xsd:dateTime ]");
				}
			}
			ttl.append(" .\n");
		});
		return ttl.toString();
	}

	private static ObjectNode literal(String value, String language) {
		ObjectNode node = JSON.createObjectNode();
		node.put("@value", value);
		node.put("@language", language);
		return node;
	}

	private static ObjectNode typed(String value, String type) {
		ObjectNode node = JSON.createObjectNode();
		node.put("@value", value);
		node.put("@type", type);
		return node;
	}

	/** An IRI in angle brackets; characters Turtle forbids in IRIs are percent-encoded. */
	static String iri(String iri) {
		StringBuilder out = new StringBuilder("<");
		for (char c : iri.toCharArray()) {
			if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
				out.append(String.format("%%%02X", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('>').toString();
	}

	/** A quoted string literal with Turtle's escapes, tagged with a language when one is given. */
	static String string(String value, String language) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c);
			}
		}
		out.append('"');
		return language == null ? out.toString() : out.append('@').append(language).toString();
	}

}
