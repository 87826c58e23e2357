package tw.yankao.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import tw.yankao.shared.time.RocDates;

/**
 * The API speaks ISO 8601 in the city's time zone: an instant is written with its Taipei offset
 * ({@code 2026-11-24T10:00:00+08:00}) rather than in UTC, so that a client shows what the
 * city's staff saw.
 */
@Configuration(proxyBeanMethods = false)
class JsonTimes {

	@Bean
	JacksonModule instantsInTaipei() {
		return new SimpleModule("instants-in-taipei").addSerializer(Instant.class, new InstantInTaipei());
	}

	static final class InstantInTaipei extends StdSerializer<Instant> {

		InstantInTaipei() {
			super(Instant.class);
		}

		@Override
		public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(RocDates.ZONE)));
		}

	}

}
