package tw.yankao.shared.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoModeTest {

	@Test
	void acceptsTrueAndFalseInAnyCase() {
		assertThat(DemoMode.parse("true")).isTrue();
		assertThat(DemoMode.parse(" FALSE ")).isFalse();
	}

	@Test
	void aTypoNamesTheSettingAndTheValue() {
		assertThatThrownBy(() -> DemoMode.parse("flase")).hasMessageContaining("YANKAO_DEMO")
			.hasMessageContaining("'flase'");
	}

}
