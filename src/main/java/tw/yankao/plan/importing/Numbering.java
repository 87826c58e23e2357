package tw.yankao.plan.importing;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering and numbers of plan texts: list enumerators in their many styles
 * ({@code 一、} {@code (一)} {@code 1、} {@code 1.} {@code (1)} {@code 一 }), section
 * headings ({@code 壹、} {@code 第一部分}), weights ({@code (18%)}) and amounts ({@code 23,287}).
 */
final class Numbering {

	private static final String NUMERALS = "一二三四五六七八九十";
	private static final Pattern ENUMERATOR = Pattern.compile(
			"^(?:\\(([一二三四五六七八九十]+|\\d{1,2})\\)|([一二三四五六七八九十]+)\\s*[、.:]|(\\d{1,2})\\s*[、.](?!\\d)"
					+ "|([一二三四五六七八九十]{1,3})\\s+)\\s*");
	private static final Pattern LIST_CODE = Pattern.compile("^([一二三四五六七八九十]+|\\d{1,2})\\s*[、.](?!\\d)");
	private static final Pattern NESTED_LIST = Pattern.compile("(?<=.)\\s\\((?:1|一)\\)");
	private static final Pattern TOP_LEVEL = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.]");
	private static final Pattern SECTION = Pattern.compile(
			"^(?:[壹貳參叁肆伍陸柒捌玖拾]+\\s*[、.]|第\\s*[一二三四五六七八九十\\d]+\\s*部分)");
	private static final Pattern WEIGHT = Pattern.compile("\\((\\d{1,3}(?:\\.\\d+)?)\\s*%\\)\\s*[:：]?\\s*$");
	private static final Pattern AMOUNT = Pattern.compile("^-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?$|^-?\\d+(?:\\.\\d+)?$");
	private static final String TERMINATORS = "。！？」』";

	private Numbering() {
	}

	/** Full-width digits, brackets and signs become ASCII; Chinese punctuation stays as written. */
	static String halfWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '０' && c <= '９') {
				out.append((char) (c - '０' + '0'));
			}
			else if ("（）％／＊＋－＜＞＝．".indexOf(c) >= 0) {
				out.append("()%/*+-<>=.".charAt("（）％／＊＋－＜＞＝．".indexOf(c)));
			}
			else if (c == '≦' || c == '≧') {
				out.append(c == '≦' ? '≤' : '≥');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The value of the enumerator that starts the text ({@code (二)} is 2), or 0 when none does. */
	static int enumerator(String text) {
		Matcher m = ENUMERATOR.matcher(text);
		if (!m.lookingAt()) {
			return 0;
		}
		for (int group = 1; group <= 4; group++) {
			String word = m.group(group);
			if (word != null) {
				return Character.isDigit(word.charAt(0)) ? Integer.parseInt(word) : chineseNumber(word);
			}
		}
		return 0;
	}

	/** The text without the enumerator that starts it. */
	static String withoutEnumerator(String text) {
		return ENUMERATOR.matcher(text).replaceFirst("").strip();
	}

	/** Whether the text ends in the dot leaders and page of a table of contents ({@code 壹、目標·····2}). */
	static boolean hasLeader(String text) {
		// read from the end, without a regular expression that a long run of dots would make slow
		int end = text.length();
		while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || Character.isDigit(text.charAt(end - 1))
				|| text.charAt(end - 1) == '-' || text.charAt(end - 1) == '–')) {
			end--;
		}
		String body = text.substring(0, end);
		return body.endsWith("···") || body.endsWith("...") || body.endsWith("‧‧‧") || body.endsWith("……");
	}

	/** Where a list numbered from (1) or (一) starts after the start of the text, or -1. */
	static int nestedListStart(String text) {
		Matcher m = NESTED_LIST.matcher(text);
		return m.find() ? m.start() : -1;
	}

	/** {@code 一、} or {@code 十二.}: the numbering of objectives and goals. */
	static boolean isTopLevel(String text) {
		return TOP_LEVEL.matcher(text).lookingAt();
	}

	/** The numeral of a list entry ({@code 一} of {@code 一、…}, {@code 2} of {@code 2.…}), or null. */
	static String listCode(String text) {
		Matcher m = LIST_CODE.matcher(text);
		return m.lookingAt() ? m.group(1) : null;
	}

	static boolean isSectionHeading(String text) {
		return SECTION.matcher(text).lookingAt() && text.length() <= 60 && text.indexOf('\t') < 0;
	}

	/** The weight in percent written at the end of a name ({@code 提升行政效能(18%)}), or null. */
	static BigDecimal weight(String text) {
		Matcher m = WEIGHT.matcher(text);
		return m.find() ? new BigDecimal(m.group(1)) : null;
	}

	static String withoutWeight(String text) {
		return WEIGHT.matcher(text).replaceFirst("").strip();
	}

	/** An amount such as {@code 23,287} or {@code 0}; null when the text is not only a number. */
	static BigDecimal amount(String text) {
		String t = text.strip();
		return AMOUNT.matcher(t).matches() ? new BigDecimal(t.replace(",", "")) : null;
	}

	/** Whether the text ends a sentence; a cell cut by a page break usually does not. */
	static boolean isTerminated(CharSequence text) {
		int end = text.length();
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end > 0 && TERMINATORS.indexOf(text.charAt(end - 1)) >= 0;
	}

	/** 一 … 九十九. */
	static int chineseNumber(String word) {
		int ten = word.indexOf('十');
		if (ten < 0) {
			return NUMERALS.indexOf(word.charAt(0)) + 1;
		}
		int tens = ten == 0 ? 1 : NUMERALS.indexOf(word.charAt(0)) + 1;
		int units = ten == word.length() - 1 ? 0 : NUMERALS.indexOf(word.charAt(ten + 1)) + 1;
		return tens * 10 + units;
	}

}
