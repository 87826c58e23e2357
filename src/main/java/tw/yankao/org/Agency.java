package tw.yankao.org;

import java.time.LocalDate;

/**
 * A node of the organisation tree.
 *
 * @param id the id
 * @param code the agency's code, unique, e.g. {@code 387000000A}
 * @param parentId the parent's id, null only for the city government
 * @param kind the kind
 * @param nameZh the name in Traditional Chinese
 * @param nameEn the English name
 * @param activeFrom the first day the agency exists (ISO date)
 * @param activeTo the last day, null while it exists
 * @param sortOrder the position among its siblings
 */
public record Agency(long id, String code, Long parentId, AgencyKind kind, String nameZh, String nameEn,
		LocalDate activeFrom, LocalDate activeTo, int sortOrder) {

	public boolean isActiveOn(LocalDate day) {
		return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
	}

	/** The name in the language of {@code locale}: English for English, Chinese otherwise. */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
