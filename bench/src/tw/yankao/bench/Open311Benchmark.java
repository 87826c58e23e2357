package tw.yankao.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tw.yankao.YankaoApplication;

/**
 * Open311 over HTTP (java.net.http, a few threads) on a fresh embedded PostgreSQL with the demo data.
 * {@code post}: POST requests.json flat out (req/s, p50, p99), then paced at 200 req/s (p99 from each
 * request's planned start, so a stall counts against every request it delays), against the same-run
 * baseline of a plain JDBC loop writing the same rows per request (the case, its two history steps,
 * the open311_request row) with one synchronous commit per request, on as many threads.
 * {@code get}: GET requests/{id}.json (req/s, p50, p99). Arguments: a directory, then post or get.
 */
public final class Open311Benchmark {

	private static final String KEY = "o311_demo_taichung_2026";
	private static final int THREADS = 8;
	private static final int WARM_UP = 500;
	private static final int REQUESTS = 4_000;
	private static final int PACED_RATE = 200;
	private static final int PACED_SECONDS = 10;
	private static final Pattern NUMBER = Pattern.compile("\"service_request_id\":\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		String mode = args.length > 1 ? args[1] : "post";
		try (ConfigurableApplicationContext context = new SpringApplication(YankaoApplication.class).run(
				"--yankao.db.embedded.data-dir=" + data.resolve("pg"), "--server.port=0", "--yankao.demo=true",
				"--logging.level.root=WARN")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String base = "http://localhost:" + port + "/open311/v2/";
			run(THREADS, WARM_UP, i -> post(base, "warm-" + i));
			if (mode.equals("get")) {
				ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
				run(THREADS, 2_000, i -> created.add(post(base, "get-" + i)));
				List<String> numbers = new ArrayList<>(created);
				run(THREADS, WARM_UP, i -> get(base, numbers.get(i % numbers.size())));
				Result gets = run(THREADS, REQUESTS * 2, i -> get(base, numbers.get((i * 7919) % numbers.size())));
				gets.print("open311-get", "GET requests/{id}.json");
				return;
			}
			Result posts = run(THREADS, REQUESTS, i -> post(base, "bench-" + i));
			posts.print("open311-post", "POST requests.json");
			long[] paced = paced(base);
			System.out.printf("BENCH open311-post paced_%d_p50 %.1f ms%n", PACED_RATE, percentile(paced, 50));
			System.out.printf("BENCH open311-post paced_%d_p99 %.1f ms (goal < 50 ms)%n", PACED_RATE, percentile(paced, 99));
			double baseline = baseline(context.getBean(DataSource.class));
			System.out.printf("BENCH open311-post jdbc_baseline %.0f req/s (%d threads, the same rows, one synchronous commit per request)%n",
					baseline, THREADS);
			System.out.printf("BENCH open311-post ratio_to_baseline %.2f x (goal >= 0.5)%n", posts.rate() / baseline);
		}
	}

	interface Call {
		void run(int i) throws Exception;
	}

	record Result(long[] nanos, long elapsedNanos) {

		double rate() {
			return nanos.length / (elapsedNanos / 1e9);
		}

		void print(String name, String what) {
			System.out.printf("BENCH %s throughput %.0f req/s (%s, %d requests, %d threads)%n", name, rate(), what, nanos.length, THREADS);
			System.out.printf("BENCH %s p50 %.1f ms%n", name, percentile(nanos, 50));
			System.out.printf("BENCH %s p99 %.1f ms%n", name, percentile(nanos, 99));
		}
	}

	private static Result run(int threads, int count, Call call) throws Exception {
		long[] nanos = new long[count];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					long began = System.nanoTime();
					call.run(i);
					nanos[i] = System.nanoTime() - began;
				}
				return null;
			}));
		}
		for (var f : futures) {
			f.get();
		}
		long elapsed = System.nanoTime() - start;
		pool.shutdown();
		return new Result(nanos, elapsed);
	}

	/** Requests planned every 1/rate seconds; latency counts from the planned start. */
	private static long[] paced(String base) throws Exception {
		int count = PACED_RATE * PACED_SECONDS;
		long[] nanos = new long[count];
		ExecutorService pool = Executors.newFixedThreadPool(32);
		long start = System.nanoTime() + 100_000_000L;
		long interval = 1_000_000_000L / PACED_RATE;
		List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			long planned = start + i * interval;
			long wait = planned - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			futures.add(pool.submit(() -> {
				post(base, "paced-" + n);
				nanos[n] = System.nanoTime() - planned;
				return null;
			}));
		}
		for (var f : futures) {
			f.get();
		}
		pool.shutdown();
		return nanos;
	}

	private static String post(String base, String key) throws Exception {
		String form = "api_key=" + KEY + "&service_code=STREET_LIGHT&lat=24.16&long=120.64&attribute%5Bdistrict%5D="
				+ URLEncoder.encode("西屯區", StandardCharsets.UTF_8) + "&description="
				+ URLEncoder.encode("路燈不亮（效能測試）", StandardCharsets.UTF_8);
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher number = NUMBER.matcher(response.body());
		if (response.statusCode() / 100 != 2 || !number.find()) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return number.group(1);
	}

	private static void get(String base, String number) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "requests/" + number + ".json")).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
	}

	/** The same rows per request as the intake writes, by plain JDBC, committed one request at a time. */
	private static double baseline(DataSource dataSource) throws Exception {
		long clientId;
		try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement()
			.executeQuery("select id from open311_client order by id limit 1")) {
			rs.next();
			clientId = rs.getLong(1);
		}
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		long start = System.nanoTime();
		List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			futures.add(pool.submit(() -> {
				try (Connection c = dataSource.getConnection()) {
					c.setAutoCommit(false);
					try (PreparedStatement caseRow = c.prepareStatement("""
							insert into petition_case (number, idempotency_key, kind, channel, category, description, district,
							    latitude, longitude, anonymous, reply_channel, language, received_at, deadline, status, agency_id)
							values (?, ?, 'DISPATCH', 'OPEN311', 'STREET_LIGHT', '路燈不亮（基準）', '西屯區', 24.16, 120.64, true,
							    'NONE', 'zh-TW', ?, ?, 'ASSIGNED', null) returning id""");
							PreparedStatement step = c.prepareStatement("""
									insert into petition_case_step (case_id, step, from_status, to_status, at) values (?, ?, ?, ?, ?)""");
							PreparedStatement request = c.prepareStatement("""
									insert into open311_request (case_id, token, client_id, created_at) values (?, ?, ?, ?)""")) {
						for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
							Timestamp now = Timestamp.from(Instant.now());
							caseRow.setString(1, "BENCH-" + i);
							caseRow.setString(2, "bench-baseline-" + i);
							caseRow.setTimestamp(3, now);
							caseRow.setTimestamp(4, Timestamp.from(now.toInstant().plusSeconds(86_400)));
							long id;
							try (ResultSet rs = caseRow.executeQuery()) {
								rs.next();
								id = rs.getLong(1);
							}
							for (String[] s : new String[][] { { "RECEIVE", null, "RECEIVED" }, { "ASSIGN", "RECEIVED", "ASSIGNED" } }) {
								step.setLong(1, id);
								step.setString(2, s[0]);
								step.setString(3, s[1]);
								step.setString(4, s[2]);
								step.setTimestamp(5, now);
								step.executeUpdate();
							}
							request.setLong(1, id);
							request.setObject(2, UUID.randomUUID());
							request.setLong(3, clientId);
							request.setTimestamp(4, now);
							request.executeUpdate();
							c.commit();
						}
					}
				}
				return null;
			}));
		}
		for (var f : futures) {
			f.get();
		}
		long elapsed = System.nanoTime() - start;
		pool.shutdown();
		return REQUESTS / (elapsed / 1e9);
	}

	private static double percentile(long[] nanos, int p) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}

}
