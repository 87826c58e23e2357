package tw.yankao.shared.profile;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the city profile at start-up, so a bad file stops the application before it serves anyone. */
@Configuration(proxyBeanMethods = false)
class CityProfileConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CityProfileConfiguration.class);

	@Bean
	CityProfile cityProfile(@Value("${yankao.city:taichung}") String city,
			@Value("${yankao.profile-file:}") String profileFile) {
		CityProfileLoader loader = new CityProfileLoader();
		CityProfile profile = profileFile.isBlank() ? loader.loadCity(city) : loader.load(Path.of(profileFile));
		log.info("City profile '{}' loaded{}", profile.code(), profileFile.isBlank() ? "" : " from " + profileFile);
		return profile;
	}

}
