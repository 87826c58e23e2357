package tw.yankao.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Backs up the application's database and restores it into a separate database on the same
 * server (the embedded one, or the one YANKAO_DB_URL names), which must then hold exactly the
 * same rows and sequence positions; damaged backups and unsafe targets are refused unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BackupRestoreTest {

	private static final List<String> SCRATCH_MIGRATIONS = List.of("classpath:db/migration",
			"classpath:tw/yankao/shared/db/scratch-migration");

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseBackup backup;

	@Autowired
	org.springframework.beans.factory.ObjectProvider<EmbeddedPostgresServer> embedded;

	@Value("${spring.datasource.password:}")
	String password;

	@TempDir
	Path temp;

	private ScratchDatabases databases;
	private final String codePrefix = "BK" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

	@BeforeEach
	void insertAgencies() {
		databases = new ScratchDatabases(dataSource, password);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		long city = insertAgency(jdbc, "CITY", null, "臺中市政府", "Taichung City Government, \"Test\"");
		long bureau = insertAgency(jdbc, "FIRST_LEVEL", city, "研究發展考核委員會", "Research,\nDevelopment\r\n\\ and \"Evaluation\"");
		insertAgency(jdbc, "UNIT", bureau, "綜合計畫組", "");
		long removed = insertAgency(jdbc, "UNIT", bureau, "暫時", "Temporary");
		// The identity sequence now stands above the highest id, as in any database with deletions.
		jdbc.sql("delete from agency where id = ?").param(removed).update();
	}

	private long insertAgency(JdbcClient jdbc, String kind, Long parent, String nameZh, String nameEn) {
		return jdbc.sql("""
				insert into agency (code, parent_id, kind, name_zh, name_en, active_from, active_to)
				values (:code, :parent, :kind, :zh, :en, date '2020-01-01', case when :kind = 'UNIT' then null
					else date '2031-12-31' end) returning id""")
			.param("code", codePrefix + "-" + UUID.randomUUID().toString().substring(0, 8))
			.param("parent", parent)
			.param("kind", kind)
			.param("zh", nameZh)
			.param("en", nameEn)
			.query(Long.class)
			.single();
	}

	@AfterEach
	void cleanUp() throws Exception {
		databases.dropAll();
		JdbcClient.create(dataSource).sql("delete from agency where code like ? and kind = 'UNIT'")
			.param(codePrefix + "-%").update();
		JdbcClient.create(dataSource).sql("delete from agency where code like ? and kind <> 'CITY'")
			.param(codePrefix + "-%").update();
		JdbcClient.create(dataSource).sql("delete from agency where code like ?").param(codePrefix + "-%").update();
	}

	@Test
	void restoredDatabaseHoldsExactlyWhatWasBackedUp() throws Exception {
		Path dir = temp.resolve("backup");
		BackupResult result = backup.backup(dataSource, dir);
		Fingerprint source = Fingerprint.of(dataSource);

		assertThat(result.tables()).extracting(BackupResult.Table::name).contains("agency", "flyway_schema_history");
		assertThat(result.createdAt()).endsWith("+08:00");
		assertThat(dir.resolve("manifest.json")).exists();
		DataSource target = databases.create();
		String access = Fingerprint.schemaAccess(target);
		RestoreResult restored = backup.restore(target, dir, false);

		assertThat(Fingerprint.of(target)).isEqualTo(source);
		assertThat(Fingerprint.schemaAccess(target)).isEqualTo(access);
		assertThat(restored.backupSchemaVersion()).isEqualTo(result.schemaVersion());
		assertThat(restored.tables()).allSatisfy(t -> assertThat(t.restoredRows()).isEqualTo(t.backupRows()));
		assertThat(restored.tables()).extracting(RestoreResult.Table::name)
			.containsExactlyElementsOf(result.tables().stream().map(BackupResult.Table::name).toList());
	}

	@Test
	void everyColumnTypeSurvivesTheRoundTrip() throws Exception {
		DataSource source = databases.create();
		Flyway.configure().dataSource(source).locations(SCRATCH_MIGRATIONS.toArray(String[]::new)).load().migrate();
		fillScratchTable(source);
		DatabaseBackup scratchBackup = new DatabaseBackup(Clock.systemUTC(), SCRATCH_MIGRATIONS);
		Path dir = temp.resolve("scratch");
		scratchBackup.backup(source, dir);

		DataSource target = databases.create();
		scratchBackup.restore(target, dir, false);

		Fingerprint restored = Fingerprint.of(target);
		assertThat(restored).isEqualTo(Fingerprint.of(source));
		assertThat(restored.sequences().get("backup_scratch_id_seq")).isEqualTo("6 true");
		assertThat(restored.sequences().get("backup_scratch_counter")).isEqualTo("3 true");
	}

	private static void fillScratchTable(DataSource source) throws Exception {
		try (Connection connection = source.getConnection()) {
			connection.createStatement().execute(new String(
					BackupRestoreTest.class.getResourceAsStream("scratch-rows.sql").readAllBytes(), StandardCharsets.UTF_8));
			connection.setAutoCommit(false);
			connection.createStatement().execute("insert into backup_scratch (note) values ('rolled back')");
			connection.createStatement().execute("insert into backup_scratch (note) values ('rolled back')");
			connection.rollback();
			connection.setAutoCommit(true);
			connection.createStatement().execute("select nextval('backup_scratch_counter') from generate_series(1, 3)");
		}
	}

	@Test
	void damagedBackupIsRefusedAndChangesNothing() throws Exception {
		Path dir = temp.resolve("backup");
		backup.backup(dataSource, dir);
		DataSource target = databases.create();
		backup.restore(target, dir, false);
		Fingerprint before = Fingerprint.of(target);
		Path agency = dir.resolve("agency.csv");
		byte[] original = Files.readAllBytes(agency);
		byte[] manifest = Files.readAllBytes(dir.resolve("manifest.json"));

		byte[] flipped = original.clone();
		flipped[flipped.length - 2] ^= 1;
		Files.write(agency, flipped);
		assertRefused(target, dir, "damaged");

		Files.write(agency, original);
		editManifest(dir, edited -> edited.withArray("tables").forEach(t -> {
			if (t.get("name").asString().equals("agency")) {
				((ObjectNode) t).put("rows", t.get("rows").asLong() + 1);
			}
		}));
		assertRefused(target, dir, "damaged");

		Files.write(dir.resolve("manifest.json"), manifest);
		editManifest(dir, edited -> edited.put("schemaVersion", "999999"));
		assertRefused(target, dir, "newer Yankao");

		Files.delete(dir.resolve("manifest.json"));
		assertRefused(target, dir, "manifest.json");
		assertThat(Fingerprint.of(target)).isEqualTo(before);
	}

	private void assertRefused(DataSource target, Path dir, String reason) throws Exception {
		Fingerprint before = Fingerprint.of(target);
		assertThatThrownBy(() -> backup.restore(target, dir, true)).isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining(reason);
		assertThat(Fingerprint.of(target)).isEqualTo(before);
	}

	private static void editManifest(Path dir, java.util.function.Consumer<ObjectNode> edit) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode manifest = (ObjectNode) json.readTree(dir.resolve("manifest.json").toFile());
		edit.accept(manifest);
		Files.write(dir.resolve("manifest.json"), json.writeValueAsBytes(manifest));
	}

	@Test
	void restoreOverDataNeedsReplace() throws Exception {
		Path dir = temp.resolve("backup");
		assertThat(run(new BackupCommand(dataSource, backup), dir.toString())).startsWith("0 Backed up");
		Fingerprint source = Fingerprint.of(dataSource);
		DataSource target = databases.create();
		assertThat(run(restoreCommand(target), dir.toString())).startsWith("0 Restored").contains(" ok");
		JdbcClient.create(target).sql("delete from agency where code like ? and kind = 'UNIT'")
			.param(codePrefix + "-%").update();
		Fingerprint changed = Fingerprint.of(target);

		assertThat(run(restoreCommand(target), dir.toString())).startsWith("1 restore refused:").contains("--replace");
		assertThat(Fingerprint.of(target)).isEqualTo(changed);

		assertThat(run(restoreCommand(target, "--replace"), dir.toString())).startsWith("0 Restored");
		assertThat(Fingerprint.of(target)).isEqualTo(source);
	}

	@Test
	void backupIntoNonEmptyDirectoryIsRefused() throws Exception {
		Path dir = Files.createDirectories(temp.resolve("busy"));
		Files.writeString(dir.resolve("notes.txt"), "keep me");

		assertThatThrownBy(() -> backup.backup(dataSource, dir)).isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("not empty");
		assertThat(run(new BackupCommand(dataSource, backup), dir.toString())).startsWith("1 backup refused:");
		try (var entries = Files.list(dir)) {
			assertThat(entries).containsExactly(dir.resolve("notes.txt"));
		}
		assertThat(dir.resolve("notes.txt")).hasContent("keep me");
	}

	private RestoreCommand restoreCommand(DataSource target, String... options) {
		return new RestoreCommand(target, backup, new DefaultApplicationArguments(options), embedded);
	}

	/** The exit code, a space, and what the command printed. */
	private static String run(tw.yankao.shared.cli.CliCommand command, String... args) throws Exception {
		var out = new ByteArrayOutputStream();
		int exit = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
		return exit + " " + out.toString(StandardCharsets.UTF_8);
	}

}
