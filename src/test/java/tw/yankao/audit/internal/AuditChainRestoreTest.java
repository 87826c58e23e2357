package tw.yankao.audit.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tw.yankao.audit.AuditVerification;
import tw.yankao.shared.db.DatabaseBackup;

import static org.assertj.core.api.Assertions.assertThat;

/** A backup restored elsewhere carries the same audit chain, and it still verifies there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AuditChainRestoreTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseBackup backup;

	@Value("${spring.datasource.password:}")
	String password;

	@TempDir
	Path temp;

	@Test
	void theRestoredChainVerifiesWithTheSameEntriesAndHead() throws Exception {
		AuditVerification source = new ChainVerifier(JdbcClient.create(dataSource)).verify();
		assertThat(source.isIntact()).isTrue();
		assertThat(source.entriesChecked()).as("the demo organisation was audited").isPositive();
		String sourceHead = head(dataSource);
		backup.backup(dataSource, temp.resolve("backup"));

		String name = "yankao_audit_" + UUID.randomUUID().toString().substring(0, 8);
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("create database " + name);
		}
		try {
			DataSource target = scratch(name);
			backup.restore(target, temp.resolve("backup"), false);

			AuditVerification restored = new ChainVerifier(JdbcClient.create(target)).verify();
			assertThat(restored.isIntact()).isTrue();
			assertThat(restored.entriesChecked()).isEqualTo(source.entriesChecked());
			assertThat(head(target)).isEqualTo(sourceHead);
		}
		finally {
			try (Connection connection = dataSource.getConnection()) {
				connection.createStatement().execute("drop database if exists " + name + " with (force)");
			}
		}
	}

	private static String head(DataSource dataSource) {
		return JdbcClient.create(dataSource).sql("select hash from audit_entry order by id desc limit 1")
			.query(String.class)
			.single();
	}

	private DataSource scratch(String name) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			String url = connection.getMetaData().getURL().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
			return new DriverManagerDataSource(url, connection.getMetaData().getUserName(), password);
		}
	}

}
