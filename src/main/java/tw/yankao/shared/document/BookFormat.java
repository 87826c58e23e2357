package tw.yankao.shared.document;

import java.util.Arrays;
import java.util.Optional;

/** The formats a plan book is written in, with the file extension and media type of each. */
public enum BookFormat {

	ODT("odt", "application/vnd.oasis.opendocument.text"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	PDF("pdf", "application/pdf"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	TXT("txt", "text/plain;charset=UTF-8");

	private final String extension;
	private final String mediaType;

	BookFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public static Optional<BookFormat> ofExtension(String extension) {
		return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
	}

}
