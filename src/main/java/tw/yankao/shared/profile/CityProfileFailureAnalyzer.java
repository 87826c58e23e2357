package tw.yankao.shared.profile;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a bad city profile as the list of bad keys, instead of a stack of bean-creation errors. */
class CityProfileFailureAnalyzer extends AbstractFailureAnalyzer<CityProfileException> {

	private static final String CHOOSE = "Set yankao.city (YANKAO_CITY) to a city with a file in classpath:"
		+ CityProfileLoader.CLASSPATH_DIRECTORY + ", or yankao.profile-file (YANKAO_PROFILE_FILE) to an existing file.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CityProfileException cause) {
		return new FailureAnalysis(cause.getMessage(), notFound(cause) ? CHOOSE : correct(cause), cause);
	}

	// a problem keyed by a yankao.* property means the profile was never found, so there are no keys to correct
	private static boolean notFound(CityProfileException cause) {
		return cause.problems().stream().anyMatch(p -> p.key().startsWith("yankao."));
	}

	private static String correct(CityProfileException cause) {
		return "Correct the keys above in " + cause.source() + ". Units: amounts in NT$ (yuan), percentages 0-100, "
			+ "days as the key says; every key is required and unknown keys are refused. " + CHOOSE;
	}

}
