package tw.yankao.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document at {@code /v3/api-docs} says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI yankaoApi() {
		return new OpenAPI().info(new Info().title("Yankao API 研考平臺 API")
			.version("v1")
			.description("Plans and indicators, control and evaluation, citizen service. Dates are ISO 8601 in "
					+ "Asia/Taipei; errors are RFC 9457 problem details naming each field, in zh-TW or, with "
					+ "Accept-Language: en, in English. Sign in through /login; calls that change data need the "
					+ "CSRF token.")
			.license(new License().name("Open source")));
	}

}
