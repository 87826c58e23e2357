package tw.yankao.shared.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The city profile could not be loaded: thrown at start-up, it names every bad key by its full
 * dotted path (e.g. {@code tracking.lag.seriouslyBehindPoints}) and says what is wrong with it.
 */
public class CityProfileException extends RuntimeException {

	private final String source;

	private final List<Problem> problems;

	/**
	 * @param source where the profile was looked for, e.g. {@code classpath:profiles/taichung.yml}
	 * @param problems at least one problem
	 */
	public CityProfileException(String source, List<Problem> problems) {
		super(message(source, problems));
		this.source = source;
		this.problems = List.copyOf(problems);
	}

	/** Where the profile was looked for: a classpath location or a file path. */
	public String source() {
		return source;
	}

	/** The problems, at least one, sorted by key. */
	public List<Problem> problems() {
		return problems;
	}

	private static String message(String source, List<Problem> problems) {
		if (problems.size() == 1) {
			return "City profile " + source + ": " + problems.get(0);
		}
		return problems.stream().map(p -> "  - " + p)
			.collect(Collectors.joining("\n", "City profile " + source + " has " + problems.size() + " problems:\n", ""));
	}

	/**
	 * One bad key.
	 *
	 * @param key the full dotted path of the key in the profile, e.g. {@code documents.urgencyClasses[1].workingDays};
	 *        a property name such as {@code yankao.city} when the profile itself could not be found;
	 *        empty when the problem concerns the whole file
	 * @param reason what is wrong, e.g. {@code unknown key}, {@code missing required key}
	 */
	public record Problem(String key, String reason) {

		@Override
		public String toString() {
			return (key.isEmpty() ? "(whole file)" : key) + ": " + reason;
		}

	}

}
