package tw.yankao.org.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param attempts failed log-ins in a row that lock the account
 * @param duration how long the lock lasts
 */
@ConfigurationProperties("yankao.security.lockout")
record LockoutPolicy(@DefaultValue("5") int attempts, @DefaultValue("15m") Duration duration) {
}
