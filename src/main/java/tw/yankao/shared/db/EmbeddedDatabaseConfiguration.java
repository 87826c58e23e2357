package tw.yankao.shared.db;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: used when no external database is configured
 * ({@code YANKAO_DB_URL} or {@code SPRING_DATASOURCE_URL}); with one, this never starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresEarlyStart.claim(Path.of(properties.dataDir()), properties.port());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl("yankao"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("yankao-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
