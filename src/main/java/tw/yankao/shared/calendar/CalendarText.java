package tw.yankao.shared.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Decodes a calendar file: the government publishes it in UTF-8 (with or without BOM) and in Big5.
 */
final class CalendarText {

	/**
	 * Big5 as Windows writes it (code page 950), a superset of plain Big5: files exported from
	 * government Windows desktops use it, and it decodes plain Big5 identically.
	 */
	static final Charset BIG5 = Charset.forName("x-windows-950");

	private CalendarText() {
	}

	/** The text of the file, without a byte-order mark. */
	static String decode(byte[] content) {
		String text = strictUtf8(content);
		if (text == null) {
			// Real Big5 text is practically never valid UTF-8 (its lead bytes are 0x81-0xFE followed
			// by ASCII-range or high bytes that break UTF-8's continuation rules), so this order is safe.
			text = new String(content, BIG5);
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static @Nullable String strictUtf8(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
