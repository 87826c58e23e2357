package tw.yankao.shared.db;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What restore checks in a table file before it changes anything: the SHA-256 of its bytes,
 * its header, and its number of data records.
 *
 * <p>Records are counted on the bytes, without decoding: in the CSV that COPY writes, a record
 * ends at a line feed outside quotes, a quote inside a quoted value is doubled (so toggling on
 * every quote keeps count), and in UTF-8 neither byte occurs inside a multi-byte character.
 */
record CsvDigest(String sha256, List<String> header, long rows) {

	static CsvDigest of(Path file) throws IOException {
		MessageDigest sha256 = newSha256();
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		boolean quoted = false;
		long records = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				sha256.update(buffer, 0, read);
				for (int i = 0; i < read; i++) {
					byte b = buffer[i];
					if (records == 0) {
						header.write(b);
					}
					if (b == '"') {
						quoted = !quoted;
					}
					else if (b == '\n' && !quoted) {
						records++;
					}
				}
			}
		}
		String sha = HexFormat.of().formatHex(sha256.digest());
		String headerLine = header.toString(StandardCharsets.UTF_8).replaceFirst("\\r?\\n$", "");
		return new CsvDigest(sha, fields(headerLine), Math.max(0, records - 1));
	}

	static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The values of one CSV line: split at commas outside quotes, quotes removed and undoubled. */
	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return line.isEmpty() ? List.of() : fields;
	}

}
