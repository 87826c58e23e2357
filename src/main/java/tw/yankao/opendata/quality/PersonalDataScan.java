package tw.yankao.opendata.quality;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in a published value: mobile and landline phone numbers, e-mail addresses,
 * national ID numbers (with a valid checksum) and, in free-text fields, a person's name.
 *
 * <p>Written here because the shared {@code PersonalDataPatterns} had not landed when open data
 * was built. Names are a heuristic: one of the common Taiwanese surnames followed by one or two
 * CJK characters and a boundary (a space, punctuation, an honorific or the end of the text). It
 * over-blocks rather than under-blocks: a blocked release is rebuilt, a leaked name is not undone.
 */
final class PersonalDataScan {

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(\\+?886-?|0)9\\d{2}[- ]?\\d{3}[- ]?\\d{3}(?!\\d)");
	/** Taiwanese landlines: area code 02–08 (or 037, 049, 082, 089...) then 6–8 digits. */
	private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)\\(?0[2-8]\\d?\\)?[- ]?\\d{3,4}[- ]?\\d{4}(?!\\d)");
	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
	private static final Pattern NATIONAL_ID = Pattern.compile("(?<![A-Za-z0-9])([A-Z])([12489])(\\d{8})(?![A-Za-z0-9])");
	/** The 100 most common surnames cover about 96 % of the population. */
	private static final String SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴徐周葉蘇莊江呂何羅高蕭潘朱簡鍾彭游詹胡施沈余趙盧梁顏柯孫魏翁戴范宋方鄧杜傅侯曾溫薛丁馬蔣唐卓藍馮姚石董紀歐程連古汪湯姜田康鄒白涂尤巫韓龔嚴袁黎金阮陸鐘倪夏童邵";
	private static final Pattern NAME = Pattern.compile(
			"(?<![\\p{IsHan}])[" + SURNAMES + "][\\p{IsHan}]{1,2}(?=(先生|小姐|女士|君|$|[\\s,，。、；;:：()（）]))");
	/** Words that a surname starts but that are no names in the texts we publish. */
	private static final Set<String> NOT_NAMES = Set.of("高速公路", "黃燈", "林地", "周邊", "周末", "陳情", "陳情案", "施工", "方向", "石頭",
			"路燈", "金額", "游泳池", "高架", "田地", "江邊", "白天", "温度", "連續", "程序", "康樂");

	enum Kind {
		MOBILE, LANDLINE, EMAIL, NATIONAL_ID, NAME
	}

	private PersonalDataScan() {
	}

	/** The first kind of personal data in the value, if any; names only when {@code freeText}. */
	static Optional<Kind> find(String value, boolean freeText) {
		if (value == null || value.isEmpty()) {
			return Optional.empty();
		}
		if (value.indexOf('@') >= 0 && EMAIL.matcher(value).find()) {
			return Optional.of(Kind.EMAIL);
		}
		if (hasDigits(value)) {
			if (MOBILE.matcher(value).find()) {
				return Optional.of(Kind.MOBILE);
			}
			if (LANDLINE.matcher(value).find()) {
				return Optional.of(Kind.LANDLINE);
			}
			Matcher id = NATIONAL_ID.matcher(value);
			while (id.find()) {
				if (validNationalId(id.group())) {
					return Optional.of(Kind.NATIONAL_ID);
				}
			}
		}
		if (freeText) {
			Matcher name = NAME.matcher(value);
			while (name.find()) {
				if (NOT_NAMES.stream().noneMatch(word -> value.startsWith(word, name.start()))) {
					return Optional.of(Kind.NAME);
				}
			}
		}
		return Optional.empty();
	}

	private static boolean hasDigits(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (Character.isDigit(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** The national ID (and resident certificate) checksum: letter code, weights 1 9 8 7 6 5 4 3 2 1 1. */
	static boolean validNationalId(String id) {
		String letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
		int code = letters.indexOf(id.charAt(0)) + 10;
		if (code < 10) {
			return false;
		}
		int sum = code / 10 + (code % 10) * 9;
		for (int i = 1; i < 9; i++) {
			sum += (id.charAt(i) - '0') * (9 - i);
		}
		sum += id.charAt(9) - '0';
		return sum % 10 == 0;
	}

}
