package tw.yankao.petition.calls;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.yankao.testing.YankaoWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo calls of last month (loaded on the test database's first start): a realistic day curve
 * peaking in the morning and the afternoon, and an answer rate around the 85 % target.
 */
@YankaoWebTest
class CallDemoDataWebTest {

	@Autowired
	CallStatistics statistics;

	@Test
	void lastMonthPeaksMorningAndAfternoonAndIsAnsweredAroundTheTarget() {
		CallMonth last = statistics.month(YearMonth.from(statistics.today()).minusMonths(1));

		assertThat(last.total().offered()).isGreaterThan(25_000);
		assertThat(last.total().answeredInTimePercent()).isBetween(new BigDecimal("82"), new BigDecimal("88"));
		assertThat(last.total().abandonPercent()).isBetween(new BigDecimal("5"), new BigDecimal("11"));
		long night = last.hours().get(3).counts().offered();
		long noon = last.hours().get(12).counts().offered();
		assertThat(last.hours().get(10).counts().offered()).isGreaterThan(noon).isGreaterThan(5 * night);
		assertThat(last.hours().get(15).counts().offered()).isGreaterThan(noon);
		assertThat(last.days()).allSatisfy(day -> assertThat(day.counts().offered()).isPositive());
	}

}
