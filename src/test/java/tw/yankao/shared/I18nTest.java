package tw.yankao.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * zh-TW first with English: every bundle has both languages with the same keys, every key a
 * template names exists, and templates hold no text of their own.
 */
class I18nTest {

	private static final Path I18N = Path.of("src/main/resources/i18n");
	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		try (Stream<Path> files = Files.list(I18N)) {
			List<Path> bases = files.filter(p -> !p.getFileName().toString().contains("_")).toList();
			assertThat(bases).isNotEmpty();
			for (Path base : bases) {
				Path english = I18N.resolve(base.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(english).as("English bundle for " + base).exists();
				assertThat(load(english).stringPropertyNames()).as(english.toString())
					.containsExactlyInAnyOrderElementsOf(load(base).stringPropertyNames());
			}
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = allKeys();
		Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = literalKey.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(template.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		Pattern text = Pattern.compile(">([^<>]*[\\p{L}][^<>]*)<");
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<(a|span)[^>]*\\slang=\"[^\"]+\"[^>]*>[^<]*</\\1>", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "");
			Matcher m = text.matcher(html);
			while (m.find()) {
				found.add(template.getFileName() + ": " + m.group(1).strip());
			}
		}
		assertThat(found).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.list(I18N)) {
			for (Path file : files.toList()) {
				keys.addAll(load(file).stringPropertyNames());
			}
		}
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
