package tw.yankao.petition.web;

import java.util.Locale;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.profile.PetitionRules;

/** Names for codes on the pages: categories from the profile, agencies from the directory, in the viewer's language. */
public final class CaseNames {

	private final PetitionRules rules;
	private final AgencyDirectory agencies;
	private final Locale locale;

	public CaseNames(PetitionRules rules, AgencyDirectory agencies, Locale locale) {
		this.rules = rules;
		this.agencies = agencies;
		this.locale = locale;
	}

	public String category(String code) {
		return rules.category(code).map(c -> "en".equals(locale.getLanguage()) ? c.nameEn() : c.nameZh()).orElse(code);
	}

	public String agency(Long id) {
		return id == null ? "—" : agencies.findById(id).map(a -> a.name(locale)).orElse(String.valueOf(id));
	}

	public String mainCategory(PetitionRules.MainCategory main) {
		return "en".equals(locale.getLanguage()) ? main.nameEn() : main.nameZh();
	}

	public String subCategory(PetitionRules.Category sub) {
		return "en".equals(locale.getLanguage()) ? sub.nameEn() : sub.nameZh();
	}
}
