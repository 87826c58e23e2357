package tw.yankao.petition.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PetitionRules;

/**
 * The services offered: the city profile's dispatch sub-categories (派工), which are the
 * realtime work orders that Open311 is for. Petitions (一般陳情) take the other channels.
 */
@Component
public class Open311Services {

	/** A service and the main category it belongs to. */
	public record Service(PetitionRules.MainCategory group, PetitionRules.Category category) {

		public String code() {
			return category.code();
		}

		public String name(Locale locale) {
			return english(locale) ? category.nameEn() : category.nameZh();
		}

		public String groupName(Locale locale) {
			return english(locale) ? group.nameEn() : group.nameZh();
		}
	}

	/** The attribute a retried submission is recognised by. */
	public static final String CLIENT_REQUEST_ID = "client_request_id";

	/** The attribute naming the district. */
	public static final String DISTRICT = "district";

	private final PetitionRules rules;

	private final Map<String, Service> services = new LinkedHashMap<>();

	Open311Services(CityProfile profile) {
		this.rules = profile.petitions();
		for (PetitionRules.MainCategory main : rules.categories()) {
			for (PetitionRules.Category sub : main.subCategories()) {
				if (sub.kind() == PetitionRules.SlaKind.DISPATCH) {
					services.put(sub.code(), new Service(main, sub));
				}
			}
		}
	}

	public List<Service> all() {
		return List.copyOf(services.values());
	}

	public Optional<Service> byCode(String code) {
		return Optional.ofNullable(code == null ? null : services.get(code));
	}

	public List<String> districts() {
		return rules.districts();
	}

	static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
