package tw.yankao.org.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tw.yankao.shared.web.InvalidInput.FieldError;

/**
 * The password rules: at least 12 characters, at least three of lower case, upper case, digits
 * and symbols, not containing the user name, and not one of the passwords attackers try first.
 * Length matters more than symbols (NIST SP 800-63B), hence 12 rather than 8.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12", "taichung1999",
			"p@ssw0rd1234", "administrator", "iloveyou1234", "1qaz2wsx3edc", "1qaz@wsx3edc", "abcd1234abcd");

	private PasswordPolicy() {
	}

	static List<FieldError> check(String username, String password) {
		List<FieldError> errors = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			errors.add(new FieldError("password", "password.error.length", MIN_LENGTH));
			return errors;
		}
		if (password.length() > 128) {
			errors.add(new FieldError("password", "password.error.too-long", 128));
		}
		if (characterClasses(password) < 3) {
			errors.add(new FieldError("password", "password.error.classes"));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			errors.add(new FieldError("password", "password.error.username"));
		}
		if (COMMON.contains(lower)) {
			errors.add(new FieldError("password", "password.error.common"));
		}
		return errors;
	}

	private static int characterClasses(String password) {
		boolean lower = password.chars().anyMatch(Character::isLowerCase);
		boolean upper = password.chars().anyMatch(Character::isUpperCase);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

}
