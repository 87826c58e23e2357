package tw.yankao.petition.open311;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;
import tw.yankao.shared.web.NotFound;

/**
 * The GeoReport v2 endpoints, each in {@code .json} and {@code .xml}. Reading is open to anyone;
 * submitting needs an api_key. Errors are the spec's list of {@code {code, description}}, each
 * description naming the field, in zh-TW or English by {@code Accept-Language}.
 */
@Controller
@RequestMapping("/open311")
@Tag(name = "Open311", description = "GeoReport v2: services, service requests, tokens")
class Open311Controller {

	/** The spec's default window of GET requests when no date is given. */
	static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

	/** The spec's most requests in one response; also the largest page. */
	static final int MAX_RESULTS = 1000;

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final Open311Services services;

	private final Open311Requests requests;

	private final Open311Intake intake;

	private final Open311Clients clients;

	private final AgencyDirectory agencies;

	private final MessageSource messages;

	private final ZoneId zone;

	private final Clock clock;

	Open311Controller(Open311Services services, Open311Requests requests, Open311Intake intake, Open311Clients clients,
			AgencyDirectory agencies, MessageSource messages, CityProfile profile, Clock clock) {
		this.services = services;
		this.requests = requests;
		this.intake = intake;
		this.clients = clients;
		this.agencies = agencies;
		this.messages = messages;
		this.zone = profile.timeZone();
		this.clock = clock;
	}

	@Operation(summary = "Open311 discovery: where the GeoReport v2 endpoint is and which formats it speaks")
	@GetMapping("/discovery.json")
	ResponseEntity<String> discovery() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2/").toUriString();
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", base);
		endpoint.put("changeset", "2026-11-24T00:00:00+08:00");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("application/json", "text/xml"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("changeset", "2026-11-24T00:00:00+08:00");
		body.put("contact", "1999");
		body.put("key_service", message("open311.discovery.keyService"));
		body.put("endpoints", List.of(endpoint));
		return respond(Open311Format.JSON, HttpStatus.OK, "discovery", body);
	}

	@Operation(summary = "The services: the city's dispatch categories (派工)")
	@GetMapping("/v2/services.{format}")
	ResponseEntity<String> services(@PathVariable String format) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, Object>> body = services.all().stream().map(s -> {
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("service_code", s.code());
			service.put("service_name", s.name(locale));
			service.put("description", message("open311.service.description", s.name(locale), slaHours(s)));
			service.put("metadata", true);
			service.put("type", "realtime");
			service.put("keywords", s.category().nameZh() + "," + s.category().nameEn());
			service.put("group", s.groupName(locale));
			return service;
		}).toList();
		return respond(format(format), HttpStatus.OK, "services", body);
	}

	@Operation(summary = "A service's attributes: client_request_id (for safe retries) and district")
	@GetMapping("/v2/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
		Open311Format f = format(format);
		services.byCode(code).orElseThrow(() -> new NotFound("Open311 service", code));
		List<Map<String, Object>> values = services.districts().stream()
			.map(d -> (Map<String, Object>) new LinkedHashMap<String, Object>(Map.of("key", d, "name", d)))
			.toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("service_code", code);
		body.put("attributes", List.of(
				attribute(Open311Services.CLIENT_REQUEST_ID, "string", 1, message("open311.attribute.clientRequestId"), null),
				attribute(Open311Services.DISTRICT, "singlevaluelist", 2, message("open311.attribute.district"), values)));
		return respond(f, HttpStatus.OK, "service_definition", body);
	}

	@Operation(summary = "Submit a service request (form-urlencoded, api_key); a retry with the same Idempotency-Key "
			+ "header or attribute[client_request_id] returns the request already created (200, not 201)")
	@PostMapping("/v2/requests.{format}")
	ResponseEntity<String> submit(@PathVariable String format, @RequestParam Map<String, String> form,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Open311Format f = format(format);
		Open311Client client = clients.authenticate(form.get("api_key")).orElseThrow(Open311Forbidden::new);
		Submission submission = new Submission(form.get("service_code"), form.get("lat"), form.get("long"),
				form.get("address_string"), form.get("description"), form.get("media_url"), form.get("first_name"),
				form.get("last_name"), form.get("email"), form.get("phone"), Open311Intake.attributes(form), idempotencyKey);
		Open311Intake.Submitted done = intake.submit(client, submission);
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("service_request_id", done.number());
		item.put("token", done.token().toString());
		item.put("service_notice", message("open311.notice.received"));
		item.put("account_id", null);
		return respond(f, done.created() ? HttpStatus.CREATED : HttpStatus.OK, "service_requests", List.of(item));
	}

	@Operation(summary = "Service requests: by service_request_id, or by service_code, status and dates "
			+ "(default: the last 90 days, at most 1,000), with page/page_size and updated_after/updated_before")
	@GetMapping("/v2/requests.{format}")
	ResponseEntity<String> find(@PathVariable String format, @RequestParam Map<String, String> params) {
		Open311Format f = format(format);
		RequestQuery query = query(params);
		List<ServiceRequest> found = requests.find(query);
		return respond(f, HttpStatus.OK, "service_requests", render(found, "true".equals(params.get("extensions"))));
	}

	@Operation(summary = "One service request by its id (the case number)")
	@GetMapping("/v2/requests/{id}.{format}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "extensions", required = false) String extensions) {
		Open311Format f = format(format);
		ServiceRequest found = requests.byNumber(id).orElseThrow(() -> new NotFound("Open311 request", id));
		return respond(f, HttpStatus.OK, "service_requests", render(List.of(found), "true".equals(extensions)));
	}

	@Operation(summary = "The service request a token stands for")
	@GetMapping("/v2/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
		Open311Format f = format(format);
		ServiceRequest found = parseToken(token).flatMap(requests::byToken)
			.orElseThrow(() -> new NotFound("Open311 token", token));
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("service_request_id", found.number());
		item.put("token", token);
		return respond(f, HttpStatus.OK, "service_requests", List.of(item));
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<String> invalid(InvalidInput invalid, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, Object>> errors = invalid.errors().stream()
			.map(e -> error(400, e.field() + ": " + messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale)))
			.toList();
		return respond(formatOf(request), HttpStatus.BAD_REQUEST, "errors", errors);
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<String> notFound(NotFound notFound, HttpServletRequest request) {
		return respond(formatOf(request), HttpStatus.NOT_FOUND, "errors", List.of(error(404, message("open311.error.notFound"))));
	}

	@ExceptionHandler(Open311Forbidden.class)
	ResponseEntity<String> forbidden(Open311Forbidden forbidden, HttpServletRequest request) {
		return respond(formatOf(request), HttpStatus.FORBIDDEN, "errors", List.of(error(403, "api_key: " + message("open311.error.apiKey"))));
	}

	private RequestQuery query(Map<String, String> params) {
		List<FieldError> errors = new ArrayList<>();
		List<String> numbers = list(params.get("service_request_id"));
		List<String> codes = list(params.get("service_code"));
		Boolean closed = null;
		List<String> statuses = list(params.get("status"));
		if (!statuses.stream().allMatch(s -> s.equals("open") || s.equals("closed"))) {
			errors.add(new FieldError("status", "open311.error.status"));
		}
		else if (statuses.size() == 1 || statuses.stream().distinct().count() == 1) {
			closed = statuses.isEmpty() ? null : statuses.get(0).equals("closed");
		}
		Instant from = instant(params, "start_date", errors);
		Instant to = instant(params, "end_date", errors);
		Instant updatedAfter = instant(params, "updated_after", errors);
		Instant updatedBefore = instant(params, "updated_before", errors);
		int page = integer(params, "page", 1, Integer.MAX_VALUE / MAX_RESULTS, 1, errors);
		int pageSize = integer(params, "page_size", 1, MAX_RESULTS, MAX_RESULTS, errors);
		if (from != null && to != null && from.isAfter(to)) {
			errors.add(new FieldError("end_date", "open311.error.endBeforeStart"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		if (from == null && to == null && updatedAfter == null && updatedBefore == null) {
			to = clock.instant();
			from = to.minus(DEFAULT_WINDOW);
		}
		return new RequestQuery(numbers, codes, closed, from, to, updatedAfter, updatedBefore, page, pageSize);
	}

	private List<Map<String, Object>> render(List<ServiceRequest> found, boolean extensions) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, List<Open311Requests.Note>> notes = extensions
				? requests.notes(found.stream().map(ServiceRequest::id).toList()) : Map.of();
		Map<Long, Optional<String>> agencyNames = new java.util.HashMap<>();
		List<Map<String, Object>> body = new ArrayList<>(found.size());
		for (ServiceRequest r : found) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("service_request_id", r.number());
			item.put("status", r.closed() ? "closed" : "open");
			item.put("status_notes", messages.getMessage("petition.status." + r.status(), null, r.status(), locale));
			item.put("service_name", services.byCode(r.category()).map(s -> s.name(locale)).orElse(r.category()));
			item.put("service_code", r.category());
			item.put("description", r.description());
			item.put("agency_responsible",
					r.agencyId() == null ? null : agencyNames.computeIfAbsent(r.agencyId(),
							id -> agencies.findById(id).map(a -> a.name(locale))).orElse(null));
			item.put("service_notice", null);
			item.put("requested_datetime", w3c(r.receivedAt()));
			item.put("updated_datetime", w3c(r.updatedAt()));
			item.put("expected_datetime", w3c(r.deadline()));
			item.put("address", r.address());
			item.put("address_id", null);
			item.put("zipcode", null);
			item.put("lat", r.latitude());
			item.put("long", r.longitude());
			item.put("media_url", r.mediaUrl());
			if (extensions) {
				Map<String, Object> extended = new LinkedHashMap<>();
				extended.put("channel", r.channel());
				extended.put("district", r.district());
				extended.put("photos", r.mediaUrl() == null ? List.of() : List.of(r.mediaUrl()));
				item.put("extended_attributes", extended);
				item.put("notes", notes.getOrDefault(r.id(), List.of()).stream().map(n -> {
					Map<String, Object> note = new LinkedHashMap<>();
					note.put("datetime", w3c(n.at()));
					note.put("type", n.step());
					note.put("summary", messages.getMessage("petition.status." + n.status(), null, n.status(), locale));
					return note;
				}).toList());
			}
			body.add(item);
		}
		return body;
	}

	private static Map<String, Object> attribute(String code, String datatype, int order, String description,
			List<Map<String, Object>> values) {
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("variable", true);
		attribute.put("code", code);
		attribute.put("datatype", datatype);
		attribute.put("required", false);
		attribute.put("datatype_description", null);
		attribute.put("order", order);
		attribute.put("description", description);
		if (values != null) {
			attribute.put("values", values);
		}
		return attribute;
	}

	private static Map<String, Object> error(int code, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", code);
		error.put("description", description);
		return error;
	}

	private Instant instant(Map<String, String> params, String name, List<FieldError> errors) {
		String value = Submission.blankToNull(params.get(name));
		if (value == null) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeException bad) {
			errors.add(new FieldError(name, "open311.error.datetime"));
			return null;
		}
	}

	private static int integer(Map<String, String> params, String name, int min, int max, int absent, List<FieldError> errors) {
		String value = Submission.blankToNull(params.get(name));
		if (value == null) {
			return absent;
		}
		try {
			int n = Integer.parseInt(value);
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException bad) {
			// reported below
		}
		errors.add(new FieldError(name, "open311.error.range", min, max));
		return absent;
	}

	private static List<String> list(String value) {
		return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static Optional<UUID> parseToken(String token) {
		try {
			return Optional.of(UUID.fromString(token));
		}
		catch (IllegalArgumentException notAToken) {
			return Optional.empty();
		}
	}

	private String w3c(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone).format(W3C);
	}

	private long slaHours(Open311Services.Service service) {
		return service.category().sla();
	}

	private static Open311Format format(String extension) {
		return Open311Format.of(extension).orElseThrow(() -> new NotFound("Open311 format", extension));
	}

	/** The format the failed request asked for, JSON when it named none we speak. */
	private static Open311Format formatOf(HttpServletRequest request) {
		return request.getRequestURI().endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<String> respond(Open311Format format, HttpStatus status, String root, Object body) {
		return ResponseEntity.status(status).contentType(format.mediaType()).body(format.write(root, body));
	}

}
