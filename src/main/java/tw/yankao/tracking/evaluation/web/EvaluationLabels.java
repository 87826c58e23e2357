package tw.yankao.tracking.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.profile.EvaluationRules.Action;
import tw.yankao.shared.profile.EvaluationRules.Grade;
import tw.yankao.tracking.evaluation.Rubric;
import tw.yankao.tracking.evaluation.YearEndEvaluation;

/** Names the pages and exports show for grades, parts, actions and agencies, in the reader's language. */
@Component
class EvaluationLabels {

	private final Rubric rubric;
	private final AgencyDirectory agencies;
	private final MessageSource messages;

	EvaluationLabels(YearEndEvaluation evaluation, AgencyDirectory agencies, MessageSource messages) {
		this.rubric = evaluation.rubric();
		this.agencies = agencies;
		this.messages = messages;
	}

	/** Grade code → name, best first, e.g. EXCELLENT → 優等. */
	Map<String, String> gradeNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		rubric.grades().forEach(g -> names.put(g.code(), english(locale) ? g.nameEn() : g.nameZh()));
		return names;
	}

	String gradeName(String code, Locale locale) {
		return code == null ? messages.getMessage("evaluation.grade.none", null, locale)
				: gradeNames(locale).getOrDefault(code, code);
	}

	String partName(String code, Locale locale) {
		return rubric.partName(code, english(locale));
	}

	/** e.g. 嘉獎 2 次; Commendation × 2. */
	String actions(List<Action> actions, Locale locale) {
		return actions.stream()
			.map(a -> messages.getMessage("evaluation.action", new Object[] { english(locale) ? a.nameEn() : a.nameZh(),
					a.count() }, locale))
			.collect(Collectors.joining(english(locale) ? ", " : "、"));
	}

	/** The actions of each grade, for the rules shown above the lists. */
	Map<String, String> gradeActions(Locale locale) {
		Map<String, String> actions = new LinkedHashMap<>();
		for (Grade g : rubric.grades()) {
			actions.put(g.code(), g.actions().isEmpty() ? "—" : actions(g.actions(), locale));
		}
		return actions;
	}

	Map<Long, Agency> agencies() {
		return agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
	}

	String agencyName(long id, Locale locale) {
		return agencies.findById(id).map(a -> a.name(locale)).orElse(String.valueOf(id));
	}

	String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
