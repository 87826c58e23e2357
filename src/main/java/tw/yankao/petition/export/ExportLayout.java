package tw.yankao.petition.export;

import java.util.List;
import java.util.Locale;

/** Which columns an export has. */
public enum ExportLayout {

	/** The columns Taipei publishes its petitions as open data in; the names are the published ones, in Chinese. */
	TAIPEI(List.of("案件編號", "案件主類別", "案件次類別", "受理機關", "受理科室", "受理日期", "送達日期", "結案日期")),

	/** The working lists' columns (inbox, supervision); names from the message bundle, petitioner masked. */
	LIST(List.of("number", "kind", "category", "status", "agency", "received", "deadline", "closed", "district",
			"address", "petitioner", "description"));

	private final List<String> columns;

	ExportLayout(List<String> columns) {
		this.columns = columns;
	}

	/** For {@link #TAIPEI} the header itself, for {@link #LIST} the message keys' last parts. */
	public List<String> columns() {
		return columns;
	}

	public static ExportLayout parse(String text) {
		return valueOf(text.strip().toUpperCase(Locale.ROOT));
	}

}
