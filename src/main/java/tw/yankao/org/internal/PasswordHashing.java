package tw.yankao.org.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id for new hashes (OWASP's first choice); the stored prefix names the algorithm, so the
 * parameters can be raised later without invalidating existing passwords. Commands need it too
 * (demo users, imports), hence not inside the web-only security set-up.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder()));
	}

}
