package tw.yankao.petition.export;

import java.util.List;

/** A table to export: one header row, then rows of text, the same for every format. */
public record Sheet(String title, List<String> header, List<List<String>> rows) {

	public Sheet {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

}
