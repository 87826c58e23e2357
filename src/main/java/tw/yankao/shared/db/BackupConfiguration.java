package tw.yankao.shared.db;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Backup and restore with the application's own migrations. */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

	@Bean
	DatabaseBackup databaseBackup(Environment environment) {
		// Bound rather than @Value: the locations may be given as a list or as one comma-separated value.
		List<String> locations = Binder.get(environment)
			.bind("spring.flyway.locations", Bindable.listOf(String.class))
			.orElse(List.of("classpath:db/migration"));
		return new DatabaseBackup(Clock.systemUTC(), locations);
	}

}
