package tw.yankao.petition.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The file formats an export is written in, each with its writer. */
public enum SheetFormat {

	CSV("text/csv;charset=UTF-8", "csv", new CsvSheetWriter()),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", new XlsxSheetWriter()),
	ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", new OdsSheetWriter());

	private final String mediaType;

	private final String extension;

	private final SheetWriter writer;

	SheetFormat(String mediaType, String extension, SheetWriter writer) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.writer = writer;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	public void write(Sheet sheet, OutputStream out) throws IOException {
		writer.write(sheet, out);
	}

	/** {@code csv}, {@code xlsx} or {@code ods}, any case. */
	public static SheetFormat parse(String text) {
		return valueOf(text.strip().toUpperCase(Locale.ROOT));
	}

}
