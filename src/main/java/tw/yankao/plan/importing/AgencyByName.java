package tw.yankao.plan.importing;

import java.util.List;
import java.util.Optional;

import tw.yankao.org.Agency;

/**
 * Finds the agency a plan text names. Texts write the name with or without the city's prefix
 * ({@code 臺中市政府秘書處}, {@code 研究發展考核委員會}) while the directory holds the short
 * name, so an agency matches when the text's name ends with its Chinese name; the longest such
 * name wins, and two agencies of that length are ambiguous (units of different agencies may share
 * a name).
 */
final class AgencyByName {

	private AgencyByName() {
	}

	/**
	 * @return the agency, empty when none matches
	 * @throws IllegalArgumentException when several agencies match equally well
	 */
	static Optional<Agency> find(String name, List<Agency> agencies) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String text = name.strip();
		List<Agency> matches = agencies.stream()
			.filter(agency -> !agency.nameZh().isBlank() && text.endsWith(agency.nameZh().strip()))
			.toList();
		int longest = matches.stream().mapToInt(agency -> agency.nameZh().strip().length()).max().orElse(0);
		List<Agency> best = matches.stream().filter(agency -> agency.nameZh().strip().length() == longest).toList();
		if (best.size() > 1) {
			throw new IllegalArgumentException("the plan names " + text + ", which fits several agencies ("
					+ String.join(", ", best.stream().map(Agency::code).toList()) + "); choose one with --agency CODE");
		}
		return best.stream().findFirst();
	}

}
