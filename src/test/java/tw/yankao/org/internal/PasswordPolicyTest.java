package tw.yankao.org.internal;

import org.junit.jupiter.api.Test;

import tw.yankao.shared.web.InvalidInput.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private static java.util.List<String> reasons(String username, String password) {
		return PasswordPolicy.check(username, password).stream().map(FieldError::messageKey).toList();
	}

	@Test
	void acceptsALongMixedPassword() {
		assertThat(reasons("chen", "Yankao-Demo-2026!")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(reasons("chen", "Ab1!short")).containsExactly("password.error.length");
	}

	@Test
	void needsThreeCharacterClasses() {
		assertThat(reasons("chen", "alllowercaseletters")).containsExactly("password.error.classes");
		assertThat(reasons("chen", "lowercase-and-symbols")).containsExactly("password.error.classes");
		assertThat(reasons("chen", "Lower-And-Upper")).isEmpty();
	}

	@Test
	void refusesTheUsernameInsideThePassword() {
		assertThat(reasons("liaison", "My-Liaison-Pass-9")).containsExactly("password.error.username");
	}

	@Test
	void refusesCommonPasswords() {
		assertThat(reasons("chen", "P@ssw0rd1234")).contains("password.error.common");
	}

}
