package tw.yankao.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * zh-TW first, English on request: {@code ?lang=en} switches and a cookie remembers. Without a
 * choice, pages are in zh-TW whatever the browser says (a city's staff often run English
 * browsers), while API clients (/api/, /open311/) get the language their {@code Accept-Language} asks for.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale TRADITIONAL_CHINESE = Locale.forLanguageTag("zh-TW");
	private static final List<Locale> SUPPORTED = List.of(TRADITIONAL_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("yankao-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromHeader);
		return resolver;
	}

	private static Locale fromHeader(HttpServletRequest request) {
		String uri = request.getRequestURI();
		if (request.getHeader("Accept-Language") == null || !(uri.startsWith("/api/") || uri.startsWith("/open311/"))) {
			return TRADITIONAL_CHINESE;
		}
		Locale preferred = Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")), SUPPORTED);
		return preferred == null ? TRADITIONAL_CHINESE : preferred;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
