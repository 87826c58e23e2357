package tw.yankao.shared.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL on a background thread as soon as the configuration is known,
 * so that initdb and the postmaster's start overlap the seconds Spring spends building the
 * context; the DataSource bean then {@linkplain #claim claims} the running server. Registered
 * in {@code META-INF/spring.factories}, since it must run before any bean exists.
 */
public final class EmbeddedPostgresEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String DATA_DIR = "yankao.db.embedded.data-dir";
	private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> PENDING = new ConcurrentHashMap<>();
	private static final Executor DAEMON = task -> {
		Thread thread = new Thread(task, "embedded-postgres-start");
		thread.setDaemon(true);
		thread.start();
	};

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresEarlyStart::closeUnclaimed, "embedded-postgres-unclaimed"));
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		String configured = environment.getProperty(DATA_DIR);
		if (!environment.getProperty("spring.datasource.url", "").isBlank() || configured == null) {
			return;
		}
		pinResolvedValues(environment, configured);
		Path dataDir = normalise(Path.of(configured));
		int port = environment.getProperty("yankao.db.embedded.port", Integer.class, 0);
		PENDING.computeIfAbsent(dataDir,
				dir -> CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.startOrAttach(dir, port), DAEMON));
	}

	/**
	 * A placeholder such as {@code ${random.uuid}} (the tests' data directories) gives a new value
	 * each time it is read, so the directory started here is written back for the bean to find.
	 */
	private static void pinResolvedValues(ConfigurableEnvironment environment, String dataDir) {
		Map<String, Object> pinned = new HashMap<>();
		pinned.put(DATA_DIR, dataDir);
		String root = environment.getProperty("yankao.data-dir");
		if (root != null) {
			pinned.put("yankao.data-dir", root);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("yankao-embedded-database", pinned));
	}

	/** The server started early for {@code dataDir}, or one started now when none was. */
	static EmbeddedPostgresServer claim(Path dataDir, int port) {
		CompletableFuture<EmbeddedPostgresServer> started = PENDING.remove(normalise(dataDir));
		if (started == null) {
			return EmbeddedPostgresServer.startOrAttach(dataDir, port);
		}
		try {
			return started.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** A context that failed before it claimed its server must not leave a postmaster behind. */
	private static void closeUnclaimed() {
		PENDING.values().forEach(started -> started.thenAccept(EmbeddedPostgresServer::close));
	}

	private static Path normalise(Path dataDir) {
		return dataDir.toAbsolutePath().normalize();
	}

}
