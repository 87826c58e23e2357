package tw.yankao.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.achievement.AchievementFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency liaison reports an indicator's achievement with evidence and sees it on the
 * dashboard's chart and table; the RDEC looks at the demo's dashboards. Screenshots go to
 * {@code target/screenshots/achievement-*.png}.
 */
class AchievementBrowserTest extends BrowserTestSupport {

	@Autowired
	PlanManagement plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgencyDirectory agencies;

	@Test
	void theLiaisonReportsWithEvidenceAndSeesTheDashboard() throws Exception {
		long construction = agencies.findByCode("TCG-CON").orElseThrow().id();
		AchievementFixture.Plan plan = new AchievementFixture(plans, jdbc).approvedFuture(construction);
		long passRate = plan.indicator("及格率");
		logIn("liaison");
		browser.driver.get(url("/plans/achievement/indicators/" + passRate));
		browser.driver.findElement(By.id("numerator")).sendKeys("187");
		browser.driver.findElement(By.id("denominator")).sendKeys("210");
		browser.driver.findElement(By.id("analysis")).sendKeys("參訓 210 人，取得及格證書 187 人。");
		browser.driver.findElement(By.cssSelector("form[action$='/reports'] button[type=submit]")).click();
		browser.waitForUrl(url("/plans/achievement/indicators/" + passRate + "?period=" + plan.year()));
		assertThat(text("[role=status]")).contains("已儲存");
		assertThat(text("#report-" + plan.year())).contains("89.05", "187", "210", "草稿");

		Path pdf = Files.createTempFile("成果", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n% evidence of the pass rate\n");
		WebElement file = browser.driver.findElement(By.cssSelector("input[type=file][name=evidence]"));
		file.sendKeys(pdf.toAbsolutePath().toString());
		file.findElement(By.xpath("./ancestor::form")).findElement(By.cssSelector("button")).click();
		new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href^='/plans/achievement/evidence/']")));
		assertThat(text("#report-" + plan.year())).contains(pdf.getFileName().toString());
		scrollTo("#report-" + plan.year());
		browser.screenshot("achievement-entry");

		browser.driver.get(url("/plans/dashboard?agency=TCG-CON&year=" + plan.year()));
		new WebDriverWait(browser.driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#achievement-chart canvas")));
		assertThat(text("#achievement-table")).contains("89.05", "100.00", "未填報");
		scrollTo("#achievement-chart");
		browser.screenshot("achievement-dashboard");
		browser.driver.findElement(By.linkText("本府採購專業人員基礎班訓練及格率")).click();
		await().until(ExpectedConditions.urlContains("/plans/achievement/indicators/" + passRate));
	}

	@Test
	void theRdecSeesTheDemoDashboardsOfTheAgencyAndTheCity() throws Exception {
		logIn("rdec");
		browser.driver.get(url("/plans/dashboard?agency=TCG-SEC&year=107"));
		new WebDriverWait(browser.driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#achievement-chart canvas")));
		assertThat(text("#achievement-table")).contains("89.05", "7.47");
		scrollTo("#achievement-chart");
		browser.screenshot("achievement-dashboard-demo");
		browser.driver.get(url("/plans/dashboard/city?year=107"));
		assertThat(text("#achievement-table")).contains("秘書處");
		browser.screenshot("achievement-city");
	}

	private void scrollTo(String css) {
		browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.cssSelector(css)));
	}

	private String text(String css) {
		return browser.driver.findElement(By.cssSelector(css)).getText();
	}
}
