package tw.yankao.petition.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.shared.DataChanged;
import tw.yankao.shared.web.InvalidInput;

/**
 * The API clients and their keys. A key is random, shown once and stored only as its SHA-256
 * (a key has 192 random bits, so a fast hash is enough: there is nothing to guess). Checked
 * keys are remembered in memory, since every POST checks one; creating or revoking a client
 * forgets them all.
 */
@Service
public class Open311Clients {

	/** A client just created, with the key to hand over once. */
	public record Created(Open311Client client, String key) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Map<String, Optional<Open311Client>> checked = new ConcurrentHashMap<>();

	Open311Clients(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Created create(String name) {
		byte[] random = new byte[24];
		RANDOM.nextBytes(random);
		return create(name, "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
	}

	/** A client with a key chosen by the caller: the demo's documented key. */
	@Transactional
	Created create(String name, String key) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new InvalidInput("name", "open311.client.error.name", 200);
		}
		long id = jdbc.sql("""
				insert into open311_client (name, key_hash, key_prefix, created_at)
				values (:name, :hash, :prefix, :now) returning id""")
			.param("name", trimmed)
			.param("hash", hash(key))
			.param("prefix", key.substring(0, Math.min(9, key.length())))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		checked.clear();
		Open311Client client = byId(id).orElseThrow();
		events.publishEvent(DataChanged.created("open311_client", String.valueOf(id), Map.of("name", trimmed)));
		return new Created(client, key);
	}

	/** Revokes the client's key; a revoked key is refused from then on. */
	@Transactional
	public void revoke(long id) {
		int changed = jdbc.sql("update open311_client set revoked_at = :now where id = :id and revoked_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		checked.clear();
		if (changed == 1) {
			events.publishEvent(DataChanged.updated("open311_client", String.valueOf(id), Map.of("revoked", false),
					Map.of("revoked", true)));
		}
	}

	/** The active client holding this key, if any. */
	public Optional<Open311Client> authenticate(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return checked.computeIfAbsent(hash(key), hash -> jdbc.sql("""
				select id, name, key_prefix, created_at, revoked_at from open311_client
				 where key_hash = :hash and revoked_at is null""")
			.param("hash", hash)
			.query(Open311Clients::row)
			.optional());
	}

	public List<Open311Client> all() {
		return jdbc.sql("select id, name, key_prefix, created_at, revoked_at from open311_client order by created_at desc, id desc")
			.query(Open311Clients::row)
			.list();
	}

	Optional<Open311Client> byName(String name) {
		return jdbc.sql("select id, name, key_prefix, created_at, revoked_at from open311_client where name = :name order by id limit 1")
			.param("name", name)
			.query(Open311Clients::row)
			.optional();
	}

	private Optional<Open311Client> byId(long id) {
		return jdbc.sql("select id, name, key_prefix, created_at, revoked_at from open311_client where id = :id")
			.param("id", id)
			.query(Open311Clients::row)
			.optional();
	}

	private static Open311Client row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new Open311Client(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
				rs.getTimestamp("created_at").toInstant(), revoked == null ? null : revoked.toInstant());
	}

	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
