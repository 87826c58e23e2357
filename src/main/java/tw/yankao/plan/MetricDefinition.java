package tw.yankao.plan;

/**
 * A live metric that an indicator can be bound to, as a {@link MetricProvider} offers it.
 *
 * @param key unique across all providers and stable, since bindings store it; prefix it with the
 *     module's name, e.g. {@code tracking.execution-rate}
 * @param nameZh the name in Traditional Chinese
 * @param nameEn the name in English
 * @param unit the unit of {@link MetricValue#value()}: {@code %} for percent 0–100, or what is
 *     counted ({@code 件}, {@code 人次}); empty for a bare number
 */
public record MetricDefinition(String key, String nameZh, String nameEn, String unit) {

	/** The name in the language of {@code locale}: English for English, Chinese otherwise. */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
