package tw.yankao.tracking;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutionRateTest {

	@Test
	void theSeedsFirstHalfOf2015() {
		// 002: 2,504 of 2,722 tenders ahead or on schedule = 91.99 %
		ExecutionRate rate = new ExecutionRate(1L, 2722, 1000, 1504, 150, 68);
		assertThat(rate.rate()).isEqualByComparingTo("0.9199");
		assertThat(rate.isUnder(BigDecimal.valueOf(90))).isFalse();
		assertThat(rate.isUnder(BigDecimal.valueOf(92))).isTrue();
	}

	@Test
	void nothingTrackedIsNotFlagged() {
		ExecutionRate none = new ExecutionRate(1L, 0, 0, 0, 0, 0);
		assertThat(none.rate()).isEqualByComparingTo("0");
		assertThat(none.isUnder(BigDecimal.valueOf(90))).isFalse();
	}

	@Test
	void theCityAddsUpItsAgencies() {
		ExecutionRate city = ExecutionRate.city(List.of(new ExecutionRate(1L, 10, 2, 7, 1, 0),
				new ExecutionRate(2L, 10, 0, 5, 3, 2)));
		assertThat(city).isEqualTo(new ExecutionRate(null, 20, 2, 12, 4, 2));
		assertThat(city.rate()).isEqualByComparingTo("0.7");
	}

}
