package tw.yankao.opendata.quality;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.DatasetField;
import tw.yankao.opendata.FieldType;

/**
 * Runs the four checks on a release's rows. Schema, completeness and personal data block
 * publication; timeliness only warns, since the RDEC may publish an old month it had missed
 * (the report still says the month came late).
 */
public final class QualityChecks {

	/** Findings kept per check: enough to fix the source, small enough to show. */
	public static final int MAX_FINDINGS = 20;

	private QualityChecks() {
	}

	/** The report of every check, in a fixed order. */
	public static List<CheckResult> run(Dataset dataset, YearMonth period, YearMonth current, List<List<String>> rows) {
		return List.of(schema(dataset, rows), completeness(dataset, rows), timeliness(dataset, period, current),
				personalData(dataset, rows));
	}

	static CheckResult schema(Dataset dataset, List<List<String>> rows) {
		List<CheckResult.Finding> findings = new ArrayList<>();
		int bad = 0;
		List<DatasetField> fields = dataset.fields();
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			if (row.size() != fields.size()) {
				bad++;
				add(findings, new CheckResult.Finding(r + 1, null, "column-count"));
				continue;
			}
			for (int f = 0; f < fields.size(); f++) {
				String value = row.get(f);
				if (value != null && !value.isEmpty() && !fields.get(f).type().accepts(value)) {
					bad++;
					add(findings, new CheckResult.Finding(r + 1, fields.get(f).name(), "type-" + fields.get(f).type().name().toLowerCase()));
				}
			}
		}
		return result("schema", bad == 0, true, List.of(bad), findings);
	}

	static CheckResult completeness(Dataset dataset, List<List<String>> rows) {
		List<CheckResult.Finding> findings = new ArrayList<>();
		long expected = 0;
		long present = 0;
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			for (int f = 0; f < dataset.fields().size(); f++) {
				DatasetField field = dataset.fields().get(f);
				if (!field.required()) {
					continue;
				}
				expected++;
				String value = f < row.size() ? row.get(f) : null;
				if (value != null && !value.isBlank()) {
					present++;
				}
				else {
					add(findings, new CheckResult.Finding(r + 1, field.name(), "empty"));
				}
			}
		}
		// an empty month is incomplete: nothing to publish is not a complete release
		int percent = expected == 0 ? 0 : (int) Math.floor(present * 100.0 / expected);
		return result("completeness", !rows.isEmpty() && percent >= dataset.minimumCompletenessPercent(), true,
				List.of(percent, dataset.minimumCompletenessPercent(), rows.size()), findings);
	}

	static CheckResult timeliness(Dataset dataset, YearMonth period, YearMonth current) {
		YearMonth oldest = dataset.frequency().oldestTimelyPeriod(current);
		boolean future = !period.isBefore(current);
		boolean timely = !future && !period.isBefore(oldest);
		// a month not yet over cannot be released: its figures would change after publication
		return result("timeliness", timely, future, List.of(period.toString(), dataset.frequency().label(), oldest.toString()),
				future ? List.of(new CheckResult.Finding(0, null, "period-not-over")) : List.of());
	}

	static CheckResult personalData(Dataset dataset, List<List<String>> rows) {
		List<CheckResult.Finding> findings = new ArrayList<>();
		int found = 0;
		List<DatasetField> fields = dataset.fields();
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			for (int f = 0; f < Math.min(row.size(), fields.size()); f++) {
				Optional<PersonalDataScan.Kind> kind = PersonalDataScan.find(row.get(f), fields.get(f).type() == FieldType.TEXT);
				if (kind.isPresent()) {
					found++;
					// the finding names the kind, never the value: the report is shown to staff and kept
					add(findings, new CheckResult.Finding(r + 1, fields.get(f).name(), kind.get().name().toLowerCase()));
				}
			}
		}
		return result("personal-data", found == 0, true, List.of(found), findings);
	}

	private static void add(List<CheckResult.Finding> findings, CheckResult.Finding finding) {
		if (findings.size() < MAX_FINDINGS) {
			findings.add(finding);
		}
	}

	private static CheckResult result(String check, boolean passed, boolean blocking, List<Object> arguments,
			List<CheckResult.Finding> findings) {
		return new CheckResult(check, passed, blocking, "opendata.check." + check + (passed ? ".pass" : ".fail"), arguments,
				List.copyOf(findings));
	}

}
