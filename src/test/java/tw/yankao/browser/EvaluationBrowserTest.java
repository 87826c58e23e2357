package tw.yankao.browser;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.tracking.ControlLevel;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemEntry;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.internal.TrackedItems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RDEC opens the evaluation of ROC 73 (1984) for a fixture item, scores its countermeasures
 * and sees its grade; then reads the demo round's grade distribution and rewards list.
 * Screenshots {@code evaluation-*} go to {@code target/screenshots}.
 */
class EvaluationBrowserTest extends BrowserTestSupport {

	@Autowired
	TrackedItems items;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void clean() {
		jdbc.sql("delete from tracking_evaluation_rounds where roc_year = 73").update();
		jdbc.sql("delete from tracking_items where item_number like 'EV-BT-%'").update();
	}

	@Test
	void theRdecOpensARoundScoresAnItemAndReadsTheGrades() throws Exception {
		clean();
		long construction = agencies.findByCode("TCG-CON").orElseThrow().id();
		items.insert(new TrackedItemEntry(TrackedItemType.TENDER, "EV-BT-" + UUID.randomUUID(), "豐原區道路拓寬工程",
				construction, List.of(), ControlLevel.CITY, "養護工程科 張科長", LocalDate.of(1984, 1, 1),
				LocalDate.of(1984, 12, 31), BigDecimal.valueOf(6_000_000), BigDecimal.valueOf(6_000_000),
				TrackedItemStatus.TRACKED, Map.of(), Map.of(YearMonth.of(1984, 12), BigDecimal.valueOf(100)),
				List.of(new TrackedItem.Checkpoint("開工", LocalDate.of(1984, 2, 1), null)), null, null, null), Instant.now());
		logIn("rdec");

		open("/tracking/evaluation");
		browser.driver.findElement(By.id("year")).clear();
		browser.driver.findElement(By.id("year")).sendKeys("73");
		browser.driver.findElement(By.cssSelector("#open-round button[type=submit]")).click();
		await().until(ExpectedConditions.urlContains("/tracking/evaluation/73"));
		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grade-chart canvas")));
		assertThat(browser.driver.findElement(By.id("evaluations")).getText()).contains("豐原區道路拓寬工程");
		browser.screenshot("evaluation-round-opened");

		browser.driver.findElement(By.linkText(browser.driver.findElement(By.cssSelector("#evaluations tbody th a")).getText())).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("part-COUNTERMEASURES")));
		browser.driver.findElement(By.id("part-COUNTERMEASURES")).sendKeys("120");
		browser.driver.findElement(By.id("comment")).sendKeys("已提出具體改善期程");
		browser.driver.findElement(By.id("save-review")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
		assertThat(browser.driver.findElement(By.id("errors")).getText()).contains("落後改善對策", "0 到 100");
		scrollTo("errors");
		browser.screenshot("evaluation-review-refused");

		browser.driver.findElement(By.id("part-COUNTERMEASURES")).clear();
		browser.driver.findElement(By.id("part-COUNTERMEASURES")).sendKeys("85");
		browser.driver.findElement(By.id("save-review")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
		// nothing reported all year: 0 on every computed part, 85 × 20 / 100
		assertThat(browser.driver.findElement(By.id("score")).getText()).isEqualTo("17.00");
		assertThat(browser.driver.findElement(By.id("grade")).getText()).isEqualTo("丙等");
		scrollTo("score");
		browser.screenshot("evaluation-item-scored");

		open("/tracking/evaluation/105");
		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grade-chart canvas")));
		assertThat(browser.driver.findElements(By.cssSelector("#distribution tbody tr"))).hasSize(5);
		scrollTo("grade-chart");
		browser.screenshot("evaluation-demo-round");

		open("/tracking/evaluation/105/rewards");
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("rewards")));
		assertThat(browser.driver.findElement(By.id("rewards")).getText()).contains("嘉獎", "申誡");
		browser.screenshot("evaluation-rewards");
	}

	private void scrollTo(String id) {
		browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id(id)));
	}

}
