package tw.yankao.notify.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends queued deliveries over HTTP: up to {@link #ATTEMPTS} attempts with a doubling backoff,
 * each attempt recorded (status, HTTP status, attempts). A 2xx is SENT; anything else, or no
 * answer, is retried, and FAILED after the last attempt. Runs on its own threads so that a slow
 * channel never holds the request that raised the event. Logs never hold the token or payload.
 */
@Component
public class WebhookDelivery implements DisposableBean {

	/** Attempts per delivery. */
	public static final int ATTEMPTS = 3;

	/** The LINE Messaging API's push endpoint, relative to its base URL. */
	static final String LINE_PUSH_PATH = "/v2/bot/message/push";

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

	private final WebhookOutbox outbox;
	private final String lineBaseUrl;
	private final Duration backoff;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
		Thread thread = new Thread(r, "webhook-delivery");
		thread.setDaemon(true);
		return thread;
	});

	WebhookDelivery(WebhookOutbox outbox,
			@Value("${yankao.notify.line.base-url:https://api.line.me}") String lineBaseUrl,
			@Value("${yankao.notify.webhook.backoff:PT2S}") Duration backoff) {
		this.outbox = outbox;
		this.lineBaseUrl = lineBaseUrl;
		this.backoff = backoff;
	}

	/** Sends the deliveries on the delivery threads; returns at once. */
	public void deliverLater(List<Long> deliveryIds) {
		for (long id : deliveryIds) {
			threads.execute(() -> {
				try {
					deliver(id);
				}
				catch (RuntimeException ex) {
					// the row stays PENDING with what it recorded; the cause is logged without the payload
					log.error("Webhook delivery {} stopped", id, ex);
				}
			});
		}
	}

	/** Sends one delivery with its retries, in the calling thread. */
	void deliver(long deliveryId) {
		WebhookOutbox.Pending pending = outbox.pending(deliveryId).orElse(null);
		if (pending == null) {
			return;
		}
		Duration wait = backoff;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			boolean last = attempt == ATTEMPTS;
			try {
				HttpResponse<Void> response = http.send(request(pending), HttpResponse.BodyHandlers.discarding());
				int code = response.statusCode();
				if (code >= 200 && code < 300) {
					outbox.attempted(deliveryId, "SENT", code, null);
					return;
				}
				outbox.attempted(deliveryId, last ? "FAILED" : "PENDING", code, "HTTP " + code);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				outbox.attempted(deliveryId, last ? "FAILED" : "PENDING", null, ex.getClass().getSimpleName());
			}
			if (last) {
				log.warn("Webhook delivery {} failed after {} attempts", deliveryId, ATTEMPTS);
				return;
			}
			try {
				Thread.sleep(wait.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			wait = wait.multipliedBy(2);
		}
	}

	private HttpRequest request(WebhookOutbox.Pending pending) {
		boolean line = pending.kind() == WebhookTarget.Kind.LINE_PUSH;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(line ? lineBaseUrl + LINE_PUSH_PATH : pending.url()))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(pending.payload(), StandardCharsets.UTF_8));
		if (line) {
			request.header("Authorization", "Bearer " + pending.token());
		}
		return request.build();
	}

	@Override
	public void destroy() {
		threads.shutdownNow();
	}

}
