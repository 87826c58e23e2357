package tw.yankao.opendata.quality;

import java.util.List;

/**
 * The outcome of one check on a release.
 *
 * @param check the check's name (schema, completeness, timeliness, personal-data)
 * @param passed whether it passed
 * @param blocking whether a failure keeps the release from publication
 * @param messageKey the i18n key of the summary, {@code opendata.check.<check>.<pass|fail>}
 * @param arguments the summary's arguments
 * @param findings up to {@link QualityChecks#MAX_FINDINGS} problems, each naming row and field; never the value found
 */
public record CheckResult(String check, boolean passed, boolean blocking, String messageKey, List<Object> arguments,
		List<Finding> findings) {

	/** @param row 1-based data row; @param field the column name; @param reason what is wrong, a stable code */
	public record Finding(int row, String field, String reason) {
	}

	public boolean blocks() {
		return !passed && blocking;
	}

}
