package tw.yankao.petition.portal;

import java.time.Duration;

import org.springframework.stereotype.Component;

import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PortalRules;

/** The portal's code lifetimes and rate limits, from the city profile ({@code petitions.portal}). */
@Component
class PortalLimits {

	private final PortalRules rules;

	PortalLimits(CityProfile profile) {
		this.rules = profile.petitions().portal();
	}

	Duration codeLife() {
		return Duration.ofMinutes(rules.codeLifeMinutes());
	}

	int codeAttempts() {
		return rules.codeAttempts();
	}

	int sendsPerAddress() {
		return rules.codesPerAddress();
	}

	int sendsPerIp() {
		return rules.codesPerIp();
	}

	Duration sendWindow() {
		return Duration.ofMinutes(rules.codeWindowMinutes());
	}

	int statusTriesPerIp() {
		return rules.statusTriesPerIp();
	}

	Duration statusWindow() {
		return Duration.ofMinutes(rules.statusWindowMinutes());
	}

}
