package tw.yankao.opendata.release;

import java.util.Optional;

/** The formats every release is published in, with data.gov.tw's format name and the media type. */
public enum ReleaseFormat {

	CSV("csv", "CSV", "text/csv;charset=UTF-8"),
	JSON("json", "JSON", "application/json"),
	ODS("ods", "ODS", "application/vnd.oasis.opendocument.spreadsheet");

	private final String extension;
	private final String label;
	private final String mediaType;

	ReleaseFormat(String extension, String label, String mediaType) {
		this.extension = extension;
		this.label = label;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String label() {
		return label;
	}

	public String mediaType() {
		return mediaType;
	}

	public static Optional<ReleaseFormat> ofExtension(String extension) {
		for (ReleaseFormat format : values()) {
			if (format.extension.equals(extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
