package tw.yankao.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.tracking.meetings.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RDEC opens the June 1987 city control meeting, reads its pack and adds a decision, which is
 * then tracked. Screenshots {@code meetings-*} go to {@code target/screenshots}.
 */
class MeetingBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgencyDirectory agencies;

	MeetingFixture fixture;

	@BeforeEach
	void items() {
		fixture = new MeetingFixture(jdbc);
		fixture.removeAll();
		long construction = agencies.findByCode("TCG-CON").orElseThrow().id();
		long traffic = agencies.findByCode("TCG-TRA").orElseThrow().id();
		long serious = fixture.item("MTGT-101", "豐原大道拓寬工程", construction);
		for (int m = 0; m < 6; m++) {
			fixture.report(serious, MeetingFixture.MONTH.minusMonths(5 - m), 10 * (m + 1), 8 * (m + 1),
					m >= 3 ? "SERIOUSLY_BEHIND" : "BEHIND", "用地取得延宕", "召開用地協調會", false);
		}
		long coordination = fixture.item("MTGT-102", "捷運站轉乘停車場", traffic);
		fixture.report(coordination, MeetingFixture.MONTH, 40, 45, "AHEAD", "管線遷移需協調", "請府協調台電遷移管線", true);
	}

	@AfterEach
	void clean() {
		fixture.removeAll();
	}

	@Test
	void theRdecHoldsTheCityMeetingAndItsDecisionIsTracked() throws Exception {
		logIn("rdec");
		open("/tracking/meetings");
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("open-meeting")));
		setValue(By.id("month"), "1987-06");
		setValue(By.id("heldOn"), "1987-07-08");
		browser.screenshot("meetings-list");
		browser.driver.findElement(By.id("open")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("pack")));
		assertThat(browser.driver.findElement(By.id("pack")).getText()).contains("交通局", "建設局", "應提報告",
				"豐原大道拓寬工程", "召開用地協調會", "76年1月", "請府協調台電遷移管線");
		browser.screenshot("meetings-pack");
		browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("pack-table-1")));
		browser.screenshot("meetings-pack-tables");

		browser.driver.findElement(By.id("decision")).sendKeys("請建設局提出趕工計畫");
		new Select(browser.driver.findElement(By.id("ownerAgencyId"))).selectByVisibleText("建設局");
		setValue(By.id("dueDate"), "1987-08-31");
		browser.driver.findElement(By.id("add-decision")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("decision-table")));
		WebElement row = browser.driver.findElement(By.cssSelector("#decision-table tbody tr"));
		assertThat(row.getText()).contains("第 1 案", "請建設局提出趕工計畫", "建設局", "76年8月31日", "列管中");
		browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("decisions")));
		browser.screenshot("meetings-decision");

		row.findElement(By.tagName("a")).click();
		await().until(ExpectedConditions.urlContains("/tracking/items/"));
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "市政會議指示"));
		browser.screenshot("meetings-decision-item");
	}

	/** Date and month inputs take typed text in the browser's locale; the value is what the form sends. */
	private void setValue(By field, String value) {
		browser.driver.executeScript("arguments[0].value = arguments[1]", browser.driver.findElement(field), value);
	}

}
