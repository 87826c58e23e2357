package tw.yankao.shared.time;

import java.time.LocalDate;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes {@link RocDateFormatter} the {@code LocalDate} formatter of Spring MVC data binding.
 * Registered explicitly, after Boot's own date formatters, so it wins over them; fields carrying
 * {@code @DateTimeFormat} keep their annotated format.
 */
@Configuration(proxyBeanMethods = false)
class RocWebConfiguration implements WebMvcConfigurer {

	private final RocDateFormatter formatter;

	RocWebConfiguration(RocDateFormatter formatter) {
		this.formatter = formatter;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, formatter);
	}

}
