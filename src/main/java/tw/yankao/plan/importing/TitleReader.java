package tw.yankao.plan.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agency and ROC year from the title before the first section, e.g.
 * {@code 臺中市政府秘書處 107 年度施政計畫}, or the year line alone with the agency on the line
 * above it. Titles are often printed twice (cover and first page); every copy is understood.
 */
final class TitleReader {

	private static final Pattern TITLE = Pattern.compile("^(.*?)\\s*(\\d{2,3})\\s*年度?\\s*(?:施政|工作)?計畫\\s*$");
	private static final int MAX_AGENCY_LENGTH = 40;

	private final SourceLines lines;
	private String agency;
	private Integer year;

	TitleReader(SourceLines lines) {
		this.lines = lines;
	}

	void read(int from, int to) {
		int previous = 0;
		for (int n = from; n <= to; n++) {
			if (lines.isBlank(n)) {
				continue;
			}
			Matcher m = TITLE.matcher(lines.line(n));
			if (m.matches()) {
				String name = m.group(1).strip();
				if (name.isEmpty() && previous > 0 && isAgencyLine(previous)) {
					name = lines.line(previous);
					lines.understand(previous, previous);
				}
				found(name, Integer.valueOf(m.group(2)));
				lines.understand(n, n);
			}
			previous = n;
		}
	}

	private boolean isAgencyLine(int n) {
		String line = lines.line(n);
		return !lines.isUnderstood(n) && !lines.isTableLine(n) && line.length() <= MAX_AGENCY_LENGTH
				&& !Numbering.isSectionHeading(line);
	}

	private void found(String name, Integer year) {
		if (this.year == null) {
			this.year = year;
		}
		if (agency == null && !name.isEmpty()) {
			agency = name;
		}
	}

	ImportedPlan.Agency agency() {
		return new ImportedPlan.Agency(null, agency);
	}

	Integer year() {
		return year;
	}

}
