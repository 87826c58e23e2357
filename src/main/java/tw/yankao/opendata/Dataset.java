package tw.yankao.opendata;

import java.util.List;

/**
 * A dataset of the catalogue, with the data.gov.tw metadata fields (identifier, title,
 * description, fieldDescription, license, publisher, contact, accrualPeriodicity, keyword[]).
 *
 * @param identifier stable, used in URLs and the DCAT catalogue
 * @param publisherCode the org module's code of the publishing agency
 * @param contactOffice an office, never a person: the catalogue is public
 * @param minimumCompletenessPercent below it, the completeness check blocks the release
 */
public record Dataset(String identifier, String titleZh, String titleEn, String descriptionZh, String descriptionEn,
		String publisherCode, String category, UpdateFrequency frequency, String contactOffice, String contactEmail,
		List<String> keywords, List<DatasetField> fields, int minimumCompletenessPercent) {

	/** The license every dataset of the city is published under. */
	public static final String LICENSE = "政府資料開放授權條款-第1版";

	public static final String LICENSE_URL = "https://data.gov.tw/license";

	public Dataset {
		keywords = List.copyOf(keywords);
		fields = List.copyOf(fields);
	}

	public String title(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
	}

	public String description(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionZh;
	}

}
