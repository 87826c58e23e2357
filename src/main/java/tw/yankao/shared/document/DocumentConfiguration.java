package tw.yankao.shared.document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The renderers every module writes its documents with, set in the font {@value BookFont#PROPERTY} names. */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

	@Bean
	BookRenderers bookRenderers(@Value("${" + BookFont.PROPERTY + ":}") String font) {
		return new BookRenderers(() -> BookFont.find(font, BookFont.KNOWN));
	}

}
