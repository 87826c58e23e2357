package tw.yankao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.petition.calls.CallFiles;

/**
 * The RDEC imports a small call record file, checks and imports it, reads May 2003 (ROC 92) with
 * its charts, and the demo month the page opens on. Screenshots {@code calls-*} go to
 * {@code target/screenshots}.
 */
class CallStatisticsBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@AfterEach
	void clean() {
		CallFiles.removeTestCalls(jdbc);
	}

	@Test
	void theRdecImportsCallsAndReadsTheMonth() throws Exception {
		Path csv = Files.write(dir.resolve("話務紀錄.csv"), CallFiles.csv(
				"T-CALL-W1,一般陳情,2003-05-12 09:00:00,2003-05-12 09:00:20,2003-05-12 09:03:00,A1,N",
				"T-CALL-W2,一般陳情,2003-05-12 10:00:00,2003-05-12 10:00:30,2003-05-12 10:03:00,A1,N",
				"T-CALL-W3,一般陳情,2003-05-13 14:00:00,2003-05-13 14:00:02,2003-05-13 14:03:00,A2,N",
				"T-CALL-W4,一般陳情,2003-05-13 15:00:00,,2003-05-13 15:00:09,,Y"));
		logIn("rdec");

		open("/petitions/calls/import");
		browser.driver.findElement(By.id("file")).sendKeys(csv.toString());
		browser.driver.findElement(By.id("preview")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("import-preview")));
		assertThat(browser.driver.findElements(By.cssSelector("#import-preview tbody tr"))).hasSize(4);
		// Seconds matter here: 20 s is the line between in time and late.
		assertThat(browser.driver.findElement(By.cssSelector("#import-preview tbody tr:first-child")).getText())
			.contains("92/05/12 09:00:00", "92/05/12 09:00:20");

		browser.driver.findElement(By.id("file")).sendKeys(csv.toString());
		browser.driver.findElement(By.id("import")).click();
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"), "新增 4 筆"));
		browser.screenshot("calls-import-stored");

		open("/petitions/calls?month=2003-05");
		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hours-chart canvas")));
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("92年5月");
		assertThat(browser.driver.findElement(By.id("calls-rate")).getText()).isEqualTo("50.0 %");
		assertThat(browser.driver.findElement(By.id("calls-meets-target")).getText()).isEqualTo("未達目標");
		assertThat(browser.driver.findElements(By.cssSelector("#days-chart canvas"))).isNotEmpty();
		browser.screenshot("calls-month");

		// The demo month: the page opens on the latest month with calls.
		open("/petitions/calls");
		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hours-chart canvas")));
		browser.screenshot("calls-demo-month");
		assertThat(browser.driver.findElement(By.id("days-chart")).getSize().getHeight()).isGreaterThan(200);
		browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("days-chart")));
		browser.screenshot("calls-demo-days");
		browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("hours-chart")));
		browser.screenshot("calls-demo-hours");
	}

}
