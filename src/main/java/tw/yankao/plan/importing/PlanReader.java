package tw.yankao.plan.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tw.yankao.plan.importing.ImportedPlan.Unrecognised;

/**
 * One reading of one plan text: walks its sections, hands their lines and tables to the
 * readers, and collects what none of them understood.
 */
final class PlanReader {

	private final SourceLines lines;
	private final TableScanner scanner;
	private final TitleReader title;
	private final ObjectiveReader objectives = new ObjectiveReader();
	private final GoalTableReader goals = new GoalTableReader();
	private final ProgrammeTableReader programmes = new ProgrammeTableReader();
	private final boolean numberedParts;

	PlanReader(String text) {
		this.lines = SourceLines.of(text);
		this.scanner = new TableScanner(lines);
		this.title = new TitleReader(lines);
		this.numberedParts = hasNumberedParts();
	}

	ImportedPlan read() {
		int first = firstHeading(1);
		title.read(1, first - 1);
		goals.reviewYear(title.year() == null ? null : title.year() - 1);
		readSection(SectionKind.OTHER, 1, first - 1);
		for (int heading = first; heading <= lines.size();) {
			int next = firstHeading(heading + 1);
			SectionKind kind = SectionKind.ofHeading(lines.line(heading));
			if (kind != SectionKind.OTHER) {
				lines.understand(heading, heading);
			}
			if (kind == SectionKind.PRIOR_YEAR) {
				SectionKind.reviewedYear(lines.line(heading)).ifPresent(goals::reviewYear);
			}
			objectives.startSection();
			readSection(kind, heading + 1, next - 1);
			heading = next;
		}
		return new ImportedPlan(title.agency(), title.year(), objectives.objectives(), goals.goals(),
				programmes.programmes(), programmes.budget(), goals.priorYear(), unrecognised());
	}

	private int firstHeading(int from) {
		for (int n = from; n <= lines.size(); n++) {
			if (isHeading(lines.line(n))) {
				return n;
			}
		}
		return lines.size() + 1;
	}

	/**
	 * Parts are numbered 壹、貳 or 第一部分; a plan without such parts numbers them 一、二, and then
	 * only a title naming a part ({@code 二、年度衡量指標}) is a heading, not every objective.
	 */
	private boolean isHeading(String line) {
		if (Numbering.hasLeader(line)) {
			return false;
		}
		if (numberedParts) {
			return Numbering.isSectionHeading(line);
		}
		return Numbering.isTopLevel(line) && line.indexOf('\t') < 0 && SectionKind.isPartTitle(line);
	}

	private boolean hasNumberedParts() {
		for (int n = 1; n <= lines.size(); n++) {
			if (Numbering.isSectionHeading(lines.line(n)) && !Numbering.hasLeader(lines.line(n))) {
				return true;
			}
		}
		return false;
	}

	private void readSection(SectionKind kind, int from, int to) {
		for (int n = from; n <= to; n++) {
			if (lines.isBlank(n) || lines.isUnderstood(n)) {
				continue;
			}
			if (lines.isTableLine(n) && !isContentsLine(n)) {
				int end = scanner.end(n, to);
				readTable(kind, n, end);
				n = end;
			}
			else if (kind == SectionKind.OBJECTIVES && objectives.read(lines.line(n))) {
				lines.understand(n, n);
			}
		}
	}

	private void readTable(SectionKind section, int from, int to) {
		Table table = new Table(scanner.rows(from, to));
		SectionKind kind = SectionKind.ofTable(table.headerText(), section);
		table.header().forEach(this::understand);
		table.repeatedHeaders().forEach(this::understand);
		if (kind == SectionKind.PROGRAMMES) {
			Set<Row> unread = new HashSet<>(programmes.read(table));
			table.data().stream().filter(row -> !unread.contains(row)).forEach(this::understand);
			return;
		}
		Set<Integer> weightColumns = table.weightColumns();
		for (Row row : table.data()) {
			Row weighted = row.withWeightsJoined(weightColumns);
			boolean read = (kind == SectionKind.INDICATORS && goals.readIndicator(weighted))
					|| (kind == SectionKind.PRIOR_YEAR && goals.readPriorYear(weighted));
			if (read) {
				understand(row);
			}
		}
	}

	private void understand(Row row) {
		lines.understand(row.fromLine(), row.toLine());
	}

	// a table of contents: a heading, dot leaders, a page number in the last cell
	private boolean isContentsLine(int n) {
		return Numbering.hasLeader(lines.line(n));
	}

	private List<Unrecognised> unrecognised() {
		List<Unrecognised> blocks = new ArrayList<>();
		int n = 1;
		while (n <= lines.size()) {
			if (lines.isUnderstood(n) || lines.line(n).isBlank()) {
				n++;
				continue;
			}
			int from = n;
			int to = n;
			List<String> text = new ArrayList<>();
			for (; n <= lines.size() && !lines.isUnderstood(n); n++) {
				if (!lines.line(n).isBlank()) {
					text.add(lines.line(n));
					to = n;
				}
			}
			blocks.add(new Unrecognised(from, to, String.join("\n", text)));
		}
		return blocks;
	}

}
