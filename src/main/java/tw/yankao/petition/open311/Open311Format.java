package tw.yankao.petition.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats of every endpoint. A response is built once as maps and lists and written as
 * JSON, or as the spec's XML: a list becomes a wrapper element holding one element per item,
 * named by {@link #ITEMS}; a null becomes an empty element.
 */
enum Open311Format {

	JSON(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8)),
	XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

	/** The element of one item of each list. */
	private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request",
			"attributes", "attribute", "values", "value", "notes", "note", "photos", "photo", "errors", "error");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return mediaType;
	}

	/** The format a path's extension names: {@code json} or {@code xml}. */
	static Optional<Open311Format> of(String extension) {
		return switch (extension == null ? "" : extension) {
			case "json" -> Optional.of(JSON);
			case "xml" -> Optional.of(XML);
			default -> Optional.empty();
		};
	}

	/**
	 * @param root the XML root element, e.g. {@code services}; JSON has none
	 * @param body a list (JSON array) or a map (JSON object)
	 */
	String write(String root, Object body) {
		if (this == JSON) {
			return MAPPER.writeValueAsString(body);
		}
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			element(xml, root, body);
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("cannot write Open311 XML", e);
		}
	}

	private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		if (value == null) {
			xml.writeEmptyElement(name);
			return;
		}
		xml.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				element(xml, String.valueOf(entry.getKey()), entry.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			String item = ITEMS.getOrDefault(name, "item");
			for (Object each : list) {
				element(xml, item, each);
			}
		}
		else {
			xml.writeCharacters(String.valueOf(value));
		}
		xml.writeEndElement();
	}

}
