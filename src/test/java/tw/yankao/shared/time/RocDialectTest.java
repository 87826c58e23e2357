package tw.yankao.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RocDialectTest {

	private final SpringTemplateEngine engine = engine();

	@Test
	void formatsDates() {
		LocalDate date = LocalDate.of(2025, 11, 24);
		assertThat(render("${#roc.date(d)}", date)).isEqualTo("114年11月24日");
		assertThat(render("${#roc.shortDate(d)}", date)).isEqualTo("114/11/24");
		assertThat(render("${#roc.year(d)}", date)).isEqualTo("114");
		assertThat(render("${#roc.month(d)}", date)).isEqualTo("114年11月");
		assertThat(render("${#roc.month(d)}", java.time.YearMonth.of(2016, 1))).isEqualTo("105年1月");
		assertThat(render("${#roc.shortDate(d)}", LocalDate.of(2010, 2, 3))).isEqualTo("99/02/03");
	}

	@Test
	void formatsDateTimesInTaipei() {
		assertThat(render("${#roc.dateTime(d)}", Instant.parse("2025-11-24T06:05:00Z"))).isEqualTo("114/11/24 14:05");
		assertThat(render("${#roc.dateTime(d)}", OffsetDateTime.parse("2025-11-24T06:05:00Z"))).isEqualTo("114/11/24 14:05");
		// The day of an instant is its day in Taipei, not in UTC.
		assertThat(render("${#roc.date(d)}", Instant.parse("2025-12-31T16:00:00Z"))).isEqualTo("115年1月1日");
	}

	@Test
	void rendersNullAsEmpty() {
		for (String expression : new String[] { "date", "shortDate", "dateTime", "year", "month" }) {
			assertThat(render("${#roc." + expression + "(d)}", null)).isEmpty();
		}
	}

	private String render(String expression, Object value) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("d", value);
		return engine.process("<span th:text=\"" + expression + "\"></span>", new Context(null, variables))
			.replace("<span>", "")
			.replace("</span>", "");
	}

	private static SpringTemplateEngine engine() {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.addDialect(new RocDialect());
		return engine;
	}

}
