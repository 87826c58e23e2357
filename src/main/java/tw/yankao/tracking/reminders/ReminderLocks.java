package tw.yankao.tracking.reminders;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cluster lock for job runs: ShedLock over the {@code shedlock} table, on the database's clock
 * so that instances with skewed clocks agree on when a lock ends.
 */
@Configuration(proxyBeanMethods = false)
class ReminderLocks {

	@Bean
	LockingTaskExecutor reminderLockingExecutor(DataSource dataSource) {
		return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build()));
	}

}
