package tw.yankao.shared.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates a city profile. Strict on purpose: an unknown key, a missing key, a value
 * of the wrong type (no silent coercion of {@code "10"} or {@code 10.5} into whole numbers) or a
 * value out of range all fail with a {@link CityProfileException} naming the key.
 */
public final class CityProfileLoader {

	/** Where the shipped profiles live on the classpath: {@code profiles/<city>.yml}. */
	public static final String CLASSPATH_DIRECTORY = "profiles/";

	private final ObjectMapper mapper = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/**
	 * Loads the shipped profile of a city.
	 * @param city the city's code, e.g. {@code taichung} (the value of {@code yankao.city})
	 * @throws CityProfileException naming {@code yankao.city} if no such profile ships, or the bad keys
	 */
	public CityProfile loadCity(String city) {
		if (city == null || !city.matches(CityProfile.CODE_PATTERN)) {
			throw single("yankao.city", "yankao.city", "'" + city + "' is not a city code (" + CityProfile.CODE_PATTERN + ")");
		}
		String location = CLASSPATH_DIRECTORY + city + ".yml";
		String source = "classpath:" + location;
		URL url = CityProfileLoader.class.getClassLoader().getResource(location);
		if (url == null) {
			throw single(source, "yankao.city", "no profile for city '" + city + "': " + source + " does not exist");
		}
		CityProfile profile;
		try (InputStream in = url.openStream()) {
			profile = read(source, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + source, ex);
		}
		if (!profile.code().equals(city)) {
			throw single(source, "code", "is '" + profile.code() + "' in the profile of city '" + city + "'");
		}
		return profile;
	}

	/**
	 * Loads a profile from a file, e.g. the one named by {@code yankao.profile-file}.
	 * @throws CityProfileException naming {@code yankao.profile-file} if the file does not exist, or the bad keys
	 */
	public CityProfile load(Path file) {
		String source = file.toString();
		if (!Files.isRegularFile(file)) {
			throw single(source, "yankao.profile-file", source + " does not exist or is not a file");
		}
		try (InputStream in = Files.newInputStream(file)) {
			return read(source, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + source, ex);
		}
	}

	private CityProfile read(String source, InputStream in) {
		CityProfile profile;
		try {
			profile = mapper.readValue(in, CityProfile.class);
		}
		catch (JacksonException ex) {
			throw new CityProfileException(source, List.of(ProfileProblems.of(ex)));
		}
		if (profile == null) {
			throw single(source, "", "the file is empty");
		}
		List<CityProfileException.Problem> problems = validate(profile);
		if (!problems.isEmpty()) {
			throw new CityProfileException(source, problems);
		}
		return profile;
	}

	private static List<CityProfileException.Problem> validate(CityProfile profile) {
		// English messages whatever the server's locale: they sit next to English key names
		try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
			.defaultLocale(Locale.ENGLISH).buildValidatorFactory()) {
			return ProfileProblems.of(factory.getValidator().validate(profile));
		}
	}

	private static CityProfileException single(String source, String key, String reason) {
		return new CityProfileException(source, List.of(new CityProfileException.Problem(key, reason)));
	}

}
