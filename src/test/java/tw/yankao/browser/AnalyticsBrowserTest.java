package tw.yankao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import tw.yankao.analytics.MonthlyReportsTest;
import tw.yankao.analytics.rollup.DailyRollups;
import tw.yankao.org.AgencyDirectory;

/**
 * The RDEC reads the city's monthly analysis with its charts, then picks one agency. Screenshots
 * go to {@code target/screenshots/analytics-*.png}.
 */
class AnalyticsBrowserTest extends BrowserTestSupport {

	@Autowired
	DailyRollups rollups;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AgencyDirectory agencies;

	@Test
	void theRdecReadsTheCityThenOneAgency() throws Exception {
		MonthlyReportsTest.writeFixture(rollups, transactions, agencies.findByCode("TCG-TRA").orElseThrow().id(),
				agencies.findByCode("TCG-CON").orElseThrow().id());
		logIn("rdec");
		open("/analytics/monthly?month=2004-03");
		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#category-chart canvas")));
		assertThat(browser.driver.findElement(By.id("report-heading")).getText()).isEqualTo("93年3月 全市陳情質量分析");
		assertThat(browser.driver.findElement(By.id("summary-table")).getText()).contains("受理件數 13 5 8", "90.0 %");
		browser.screenshot("analytics-city");

		new Select(browser.driver.findElement(By.id("agency"))).selectByValue("TCG-TRA");
		browser.driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
		await().until(ExpectedConditions.textToBe(By.id("report-heading"), "93年3月 交通局陳情質量分析"));
		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#channel-chart canvas")));
		assertThat(browser.driver.findElement(By.id("channel-table")).getText()).contains("1999 專線 6 5 20.0 %");
		browser.screenshot("analytics-agency");
		browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("category-chart")));
		browser.screenshot("analytics-agency-chart");
	}

}
