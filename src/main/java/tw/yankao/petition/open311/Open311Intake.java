package tw.yankao.petition.open311;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseRules;
import tw.yankao.petition.Channel;
import tw.yankao.petition.Location;
import tw.yankao.petition.NewCase;
import tw.yankao.petition.PetitionCase;
import tw.yankao.petition.Petitioner;
import tw.yankao.petition.ReplyChannel;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;

/**
 * Turns a POST requests into a case through the common intake, in one transaction with its
 * open311_request row: either both are saved or neither. Concurrent submissions share a
 * transaction ({@link IntakeBatches}); each is answered only once committed. A retry with the same key (the
 * Idempotency-Key header or the client_request_id attribute) returns the case already created.
 * Keys are the client's own: two clients may use the same key for different requests.
 */
@Service
public class Open311Intake {

	/** What a submission did. */
	public record Submitted(String number, UUID token, boolean created) {
	}

	/** Characters: the longest media_url accepted. */
	static final int MAX_MEDIA_URL = 2000;

	/** Open311 field names for the fields CaseRules names. */
	private static final Map<String, String> FIELDS = Map.of("category", "service_code", "latitude", "lat", "longitude",
			"long", "district", "attribute[district]", "idempotencyKey", "Idempotency-Key", "petitioner.name", "last_name",
			"petitioner.phone", "phone", "petitioner.email", "email", "replyChannel", "email");

	private final CaseIntake intake;

	private final CaseRules rules;

	private final Open311Services services;

	private final Open311Requests requests;

	private final IntakeBatches batches;

	private final Clock clock;

	Open311Intake(CaseIntake intake, CaseRules rules, Open311Services services, Open311Requests requests,
			IntakeBatches batches, Clock clock) {
		this.batches = batches;
		this.intake = intake;
		this.rules = rules;
		this.services = services;
		this.requests = requests;
		this.clock = clock;
	}

	/**
	 * Checks the submission, then saves it in the next batch transaction and answers once committed.
	 * @throws InvalidInput naming every bad field by its Open311 name; nothing is saved then
	 */
	public Submitted submit(Open311Client client, Submission s) {
		List<FieldError> errors = new ArrayList<>();
		NewCase request = newCase(client, s, errors);
		try {
			rules.check(request);
		}
		catch (InvalidInput invalid) {
			for (FieldError e : invalid.errors()) {
				String field = FIELDS.getOrDefault(e.field(), e.field());
				if (errors.stream().noneMatch(known -> known.field().equals(field))) {
					errors.add(new FieldError(field, e.messageKey(), e.arguments()));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String mediaUrl = Submission.blankToNull(s.mediaUrl());
		return batches.run(() -> store(client, request, mediaUrl));
	}

	/** The case and its open311_request row, in the caller's transaction: both or neither. */
	private Submitted store(Open311Client client, NewCase request, String mediaUrl) {
		CaseIntake.Intake done = intake.receive(request);
		PetitionCase saved = done.petitionCase();
		UUID token = done.created() ? UUID.randomUUID() : requests.tokenOf(saved.id()).orElseThrow();
		if (done.created()) {
			requests.record(saved.id(), token, client.id(), mediaUrl, clock.instant());
		}
		return new Submitted(saved.number().value(), token, done.created());
	}

	private NewCase newCase(Open311Client client, Submission s, List<FieldError> errors) {
		Open311Services.Service service = services.byCode(s.serviceCode()).orElse(null);
		if (service == null) {
			errors.add(new FieldError("service_code", s.serviceCode() == null ? "open311.error.required" : "open311.error.serviceCode"));
		}
		Double lat = coordinate(s.lat(), "lat", errors);
		Double lon = coordinate(s.lon(), "long", errors);
		String address = Submission.blankToNull(s.addressString());
		if (lat == null && lon == null && address == null && !errors.stream().anyMatch(e -> e.field().equals("lat") || e.field().equals("long"))) {
			errors.add(new FieldError("lat", "open311.error.location"));
		}
		String mediaUrl = Submission.blankToNull(s.mediaUrl());
		if (mediaUrl != null && !isWebUrl(mediaUrl)) {
			errors.add(new FieldError("media_url", "open311.error.mediaUrl", MAX_MEDIA_URL));
		}
		String description = Submission.blankToNull(s.description());
		if (description == null && service != null) {
			// the spec makes the description optional; the case needs one, and the service says what it is
			description = service.category().nameZh();
		}
		return new NewCase(retryKey(client, s.retryKey()), Channel.OPEN311, s.serviceCode(), false, description,
				new Location(address, Submission.blankToNull(s.attributes().get(Open311Services.DISTRICT)), lat, lon),
				petitioner(s, errors), replyChannel(s), null);
	}

	/** Someone who left a name and a way to reach them; contact details without a name are refused. */
	private static Petitioner petitioner(Submission s, List<FieldError> errors) {
		String name = String.join("", nonNull(Submission.blankToNull(s.lastName())), nonNull(Submission.blankToNull(s.firstName())));
		String email = Submission.blankToNull(s.email());
		String phone = Submission.blankToNull(s.phone());
		if (name.isEmpty()) {
			if (email != null || phone != null) {
				errors.add(new FieldError("last_name", "open311.error.nameForContact"));
			}
			return null;
		}
		return new Petitioner(name, phone, email, null);
	}

	private static ReplyChannel replyChannel(Submission s) {
		if (Submission.blankToNull(s.lastName()) == null && Submission.blankToNull(s.firstName()) == null) {
			return ReplyChannel.NONE;
		}
		return Submission.blankToNull(s.email()) != null ? ReplyChannel.EMAIL
				: Submission.blankToNull(s.phone()) != null ? ReplyChannel.PHONE : ReplyChannel.NONE;
	}

	/**
	 * The client's key, scoped to the client so that clients cannot collide, and hashed when the
	 * client's key is too long to fit the case's idempotency key column.
	 */
	static String retryKey(Open311Client client, String key) {
		if (key == null) {
			return null;
		}
		String scoped = "o311-" + client.id() + "-" + key;
		if (scoped.length() <= 128 && scoped.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
			return scoped;
		}
		return "o311-" + client.id() + "-" + HexFormat.of().formatHex(sha256(key));
	}

	private static byte[] sha256(String key) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static Double coordinate(String value, String field, List<FieldError> errors) {
		String v = Submission.blankToNull(value);
		if (v == null) {
			return null;
		}
		try {
			double d = Double.parseDouble(v);
			if (Double.isFinite(d)) {
				return d;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		errors.add(new FieldError(field, "open311.error.number"));
		return null;
	}

	private static boolean isWebUrl(String url) {
		if (url.length() > MAX_MEDIA_URL) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException bad) {
			return false;
		}
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	/** The {@code attribute[code]} parameters of a form, by code. */
	static Map<String, String> attributes(Map<String, String> form) {
		Map<String, String> attributes = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("attribute[") && name.endsWith("]")) {
				attributes.put(name.substring("attribute[".length(), name.length() - 1), value);
			}
		});
		return attributes;
	}

}
