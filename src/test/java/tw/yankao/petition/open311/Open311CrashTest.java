package tw.yankao.petition.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import tw.yankao.YankaoApplication;
import tw.yankao.shared.db.EmbeddedPostgresServer;

/**
 * Retries are safe across a crash: the application runs in a child JVM on a fresh embedded
 * PostgreSQL; a few threads send intake requests with idempotency keys; the child is killed
 * ({@code kill -9}) midway and started again; every request not acknowledged is retried until it
 * is. Every acknowledged request must then be exactly one case, with the number acknowledged.
 * {@code bench/crash.sh} runs the same with more requests ({@code -Dopen311.crash.requests}).
 */
@Timeout(300)
class Open311CrashTest {

	private static final int REQUESTS = Integer.getInteger("open311.crash.requests", 200);

	private static final int THREADS = 4;

	private static final Pattern NUMBER = Pattern.compile("\"service_request_id\":\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Process child;

	private Path parent;

	@Test
	void everyAcknowledgedRequestIsExactlyOneCaseAfterAKill() throws Exception {
		parent = Files.createTempDirectory("yankao-open311-crash-");
		Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
		int port = freePort();
		child = start(port);
		awaitReady(port);
		String key = "crash-key-" + System.nanoTime();
		long clientId = createClient(key);

		AtomicReferenceArray<String> acknowledged = new AtomicReferenceArray<>(REQUESTS);
		AtomicInteger acknowledgedCount = new AtomicInteger();
		AtomicInteger next = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(THREADS);
		for (int t = 0; t < THREADS; t++) {
			senders.submit(() -> {
				for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
					String number = send(port, key, i);
					if (number != null) {
						acknowledged.set(i, number);
						acknowledgedCount.incrementAndGet();
					}
				}
				return null;
			});
		}
		senders.shutdown();
		// Senders that all fail would never reach half: stop waiting when they are done, and say why.
		while (acknowledgedCount.get() < REQUESTS / 2 && !senders.isTerminated()) {
			Thread.sleep(5);
		}
		assertThat(acknowledgedCount.get()).as("acknowledged before the kill; the child's log:\n%s", log())
			.isGreaterThanOrEqualTo(REQUESTS / 2);
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(senders.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
		Map<Integer, String> beforeCrash = new HashMap<>();
		for (int i = 0; i < REQUESTS; i++) {
			if (acknowledged.get(i) != null) {
				beforeCrash.put(i, acknowledged.get(i));
			}
		}
		assertThat(beforeCrash.size()).as("some requests were not acknowledged before the kill").isLessThan(REQUESTS);

		child = start(port);
		awaitReady(port);
		for (int i = 0; i < REQUESTS; i++) {
			for (int attempt = 0; acknowledged.get(i) == null; attempt++) {
				assertThat(attempt).as("retries of request %d", i).isLessThan(20);
				acknowledged.set(i, send(port, key, i));
			}
		}

		Map<String, String> cases = new HashMap<>();
		long tokens;
		try (EmbeddedPostgresServer db = EmbeddedPostgresServer.startOrAttach(parent.resolve("pg"), 0);
				Connection connection = DriverManager.getConnection(db.jdbcUrl("yankao"), "postgres", "")) {
			try (PreparedStatement select = connection.prepareStatement(
					"select idempotency_key, number from petition_case where idempotency_key like ?")) {
				select.setString(1, "o311-" + clientId + "-crash-%");
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						assertThat(cases.put(rows.getString(1), rows.getString(2))).as("one case per key").isNull();
					}
				}
			}
			try (ResultSet count = connection.createStatement().executeQuery(
					"select count(*) from open311_request r join petition_case c on c.id = r.case_id where c.channel = 'OPEN311'")) {
				count.next();
				tokens = count.getLong(1);
			}
		}
		assertThat(cases).hasSize(REQUESTS);
		assertThat(tokens).as("every case has its open311_request row: both saved or neither").isEqualTo(REQUESTS);
		for (int i = 0; i < REQUESTS; i++) {
			assertThat(cases.get("o311-" + clientId + "-crash-" + i)).as("request %d", i).isEqualTo(acknowledged.get(i));
		}
		beforeCrash.forEach((i, number) -> assertThat(cases.get("o311-" + clientId + "-crash-" + i)).isEqualTo(number));
	}

	/** The acknowledged service_request_id, or null when the request failed or got no answer. */
	private String send(int port, String key, int i) {
		String form = "api_key=" + enc(key) + "&service_code=STREET_LIGHT&lat=24.16&long=120.64&description="
				+ enc("路燈不亮（當機測試 " + i + "）");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.json"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Idempotency-Key", "crash-" + i)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher number = NUMBER.matcher(response.body());
			return response.statusCode() / 100 == 2 && number.find() ? number.group(1) : null;
		}
		catch (IOException failed) {
			return null;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private Process start(int port) throws IOException {
		String java = ProcessHandle.current().info().command().orElseThrow();
		List<String> command = List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", System.getProperty("java.class.path"),
				YankaoApplication.class.getName(), "--yankao.data-dir=" + parent, "--yankao.db.embedded.data-dir=" + parent.resolve("pg"),
				"--server.port=" + port, "--yankao.demo=false", "--logging.level.root=WARN");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(parent.resolve("child.log").toFile());
		// The child must run on its own embedded database, also when the suite runs against a server (CI's second run).
		builder.environment().keySet().removeIf(name -> name.startsWith("YANKAO_DB_"));
		return builder.start();
	}

	private void awaitReady(int port) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(child.isAlive()).as("the child runs; its log:\n%s", log()).isTrue();
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/services.json"))
					.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the child did not start; its log:\n" + log());
	}

	private String log() throws IOException {
		Path log = parent.resolve("child.log");
		return Files.exists(log) ? Files.readString(log) : "";
	}

	private long createClient(String key) throws Exception {
		try (EmbeddedPostgresServer db = EmbeddedPostgresServer.startOrAttach(parent.resolve("pg"), 0);
				Connection connection = DriverManager.getConnection(db.jdbcUrl("yankao"), "postgres", "");
				PreparedStatement insert = connection.prepareStatement("""
						insert into open311_client (name, key_hash, key_prefix, created_at) values ('crash test', ?, 'crash', now())
						returning id""")) {
			insert.setString(1, Open311Clients.hash(key));
			try (ResultSet id = insert.executeQuery()) {
				id.next();
				return id.getLong(1);
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@AfterEach
	void stop() throws Exception {
		if (child != null && child.isAlive()) {
			child.destroy();
			if (!child.waitFor(60, TimeUnit.SECONDS)) {
				child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		if (parent != null) {
			Files.copy(parent.resolve("child.log"), Path.of("target/open311-crash-child.log"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			// stops a postmaster the child may have left behind, then removes everything
			EmbeddedPostgresServer.startOrAttach(parent.resolve("pg"), 0).close();
			try (Stream<Path> paths = Files.walk(parent)) {
				for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(each);
				}
			}
		}
	}

}
