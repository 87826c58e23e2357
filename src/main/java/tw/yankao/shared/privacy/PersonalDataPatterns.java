package tw.yankao.shared.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds and replaces personal data that people type into free text: e-mail addresses, Taiwanese
 * national ID and resident certificate numbers, and phone numbers (mobile 09xx, landline with area
 * code, +886). Names cannot be found by pattern; callers keep names out by other means. Pure.
 */
public final class PersonalDataPatterns {

	public static final String EMAIL_MARK = "[電子郵件]";

	public static final String ID_MARK = "[身分證號]";

	public static final String PHONE_MARK = "[電話]";

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	/** A1234567890-style: a letter, then 1/2 (citizens) or 8/9/A-D (residents), then eight digits. */
	private static final Pattern NATIONAL_ID = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z][12589A-Da-d]\\d{8}(?![0-9])");

	/** 0912-345-678, 0912345678, (04)2228-9111, 04-22289111, +886 912 345 678; at least 9 digits in all. */
	private static final Pattern PHONE = Pattern.compile(
			"(?<![0-9])(?:\\+886[- ]?|\\(0\\d{1,2}\\)[- ]?|0)\\d{1,4}(?:[- ]?\\d{3,4}){1,2}(?![0-9])");

	private static final List<Replacement> REPLACEMENTS = List.of(
			new Replacement(EMAIL, EMAIL_MARK), new Replacement(NATIONAL_ID, ID_MARK), new Replacement(PHONE, PHONE_MARK));

	private PersonalDataPatterns() {
	}

	/** The text with every e-mail, ID number and phone number replaced by a marker; null stays null. Idempotent. */
	public static String scrub(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String result = text;
		for (Replacement r : REPLACEMENTS) {
			result = r.pattern().matcher(result).replaceAll(m -> digits(m.group()) >= 9 || r.pattern() != PHONE ? r.mark() : java.util.regex.Matcher.quoteReplacement(m.group()));
		}
		return result;
	}

	/** Whether the text holds anything {@link #scrub} would replace. */
	public static boolean contains(String text) {
		return text != null && !text.equals(scrub(text));
	}

	private static int digits(String s) {
		return (int) s.chars().filter(Character::isDigit).count();
	}

	private record Replacement(Pattern pattern, String mark) {
	}

}
