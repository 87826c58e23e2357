package tw.yankao.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDir the cluster's data directory, by default {@code ${YANKAO_DATA_DIR:./data}/pg}
 * @param port the port, 0 for any free one
 */
@ConfigurationProperties("yankao.db.embedded")
record EmbeddedDatabaseProperties(String dataDir, int port) {
}
