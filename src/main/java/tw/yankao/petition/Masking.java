package tw.yankao.petition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks a petitioner's personal data for everyone not handling the case: names 王○明, phones
 * 0912-***-678, e-mails m***@example.tw, addresses down to the road. Pure; null stays null.
 */
public final class Masking {

	/** Up to and including the road (路, 街, 大道) and its section (段), if any. */
	private static final Pattern TO_ROAD = Pattern.compile("^(.*?(?:大道|路|街)(?:[一二三四五六七八九十0-9]+段)?)");

	/** Up to and including the district or township, when there is no road. */
	private static final Pattern TO_DISTRICT = Pattern.compile("^(.*?[區鄉鎮])");

	private Masking() {
	}

	public static Petitioner petitioner(Petitioner p) {
		return p == null ? null : new Petitioner(name(p.name()), phone(p.phone()), email(p.email()), address(p.address()));
	}

	/** 王小明 → 王○明, 歐陽小明 → 歐○○明, 林明 → 林○, John Smith → J***. */
	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		String n = name.strip();
		int[] cps = n.codePoints().toArray();
		if (!Character.isIdeographic(cps[0])) {
			return new String(cps, 0, 1) + "***";
		}
		if (cps.length <= 2) {
			return new String(cps, 0, 1) + "○";
		}
		return new String(cps, 0, 1) + "○".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
	}

	/** 0912345678 → 0912-***-678; other numbers keep their first two and last three digits. */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9]", "");
		if (digits.length() == 10 && digits.startsWith("09")) {
			return digits.substring(0, 4) + "-***-" + digits.substring(7);
		}
		if (digits.length() < 6) {
			return "*".repeat(digits.length());
		}
		return digits.substring(0, 2) + "-" + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 3);
	}

	/** ming@example.tw → m***@example.tw: the domain says little about the person. */
	public static String email(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return email.substring(0, 1) + "***" + email.substring(at);
	}

	/** 臺中市北屯區文心路四段100號5樓 → 臺中市北屯區文心路四段○○; without a road, down to the district. */
	public static String address(String address) {
		if (address == null || address.isBlank()) {
			return address;
		}
		Matcher road = TO_ROAD.matcher(address.strip());
		if (road.find()) {
			return road.group(1) + "○○";
		}
		Matcher district = TO_DISTRICT.matcher(address.strip());
		return district.find() ? district.group(1) + "○○" : "○○";
	}

}
