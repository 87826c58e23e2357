package tw.yankao.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.review.ReviewFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review as people do it, on 建設局's (the demo liaison's agency) plan of ROC year 501: the
 * liaison submits, the RDEC comments on an indicator and returns the plan, the liaison reads the
 * comment and submits a revised version, and the RDEC sees the change side by side and approves.
 */
class PlanReviewBrowserTest extends BrowserTestSupport {

	private static final String AGENCY = "TCG-CON";
	private static final int YEAR = 501;
	private static final String COMMENT = "目標值請參考去年實績再提高";

	@Autowired
	PlanManagement plans;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRdecReturnsWithACommentAndApprovesTheRevisedVersion() throws Exception {
		ReviewFixtures fixtures = new ReviewFixtures(plans, agencies, jdbc);
		AnnualPlanId id = fixtures.draft(AGENCY, YEAR);
		String review = "/plans/" + id + "/review";

		logIn("liaison");
		open(review);
		click("submit-plan");
		browser.waitForUrl(url(review + "?submitted"));
		assertThat(text("plan-status")).isEqualTo("已送審");
		logOut();

		logIn("rdec");
		open("/plans/review");
		browser.driver.findElement(By.cssSelector("a[href='" + review + "']")).click();
		browser.waitForUrl(url(review));
		WebElement comment = commentBox(ReviewFixtures.INDICATOR);
		comment.sendKeys(COMMENT);
		comment.findElement(By.xpath("./ancestor::form//button")).click();
		new WebDriverWait(browser.driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector(".review-rows")).getText().contains(COMMENT));
		browser.screenshot("plan-review-comment");
		browser.driver.findElement(By.id("return-reason")).sendKeys("請依意見修正後再送審");
		click("return-plan");
		browser.waitForUrl(url(review + "?returned"));
		assertThat(text("plan-status")).isEqualTo("退回修正");
		logOut();

		fixtures.revise(AGENCY, YEAR);
		logIn("liaison");
		open(review);
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(COMMENT, "請依意見修正後再送審");
		assertThat(browser.driver.findElements(By.id("approve-plan"))).isEmpty();
		browser.screenshot("plan-review-liaison");
		click("submit-plan");
		browser.waitForUrl(url(review + "?submitted"));
		logOut();

		logIn("rdec");
		open(review);
		WebElement changed = browser.driver.findElement(By.cssSelector("table.version-diff tr.change-changed"));
		assertThat(changed.findElement(By.tagName("th")).getText()).contains(ReviewFixtures.INDICATOR);
		assertThat(changed.findElement(By.cssSelector("td.change")).getText()).isEqualTo("修改");
		assertThat(changed.findElement(By.cssSelector("td.before .field-changed")).getText()).contains("8%", "（已修改）");
		assertThat(changed.findElement(By.cssSelector("td.after .field-changed")).getText()).contains("10%");
		browser.driver.executeScript("document.getElementById('diff').scrollIntoView()");
		browser.screenshot("plan-review-diff");
		click("approve-plan");
		browser.waitForUrl(url(review + "?approved"));
		assertThat(text("plan-status")).isEqualTo("已核定");
		browser.screenshot("plan-review-approved");

		open("/plans/compilation/" + YEAR);
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("臺中市政府秘書處501年度施政計畫");
		click("compile");
		browser.waitForUrl(url("/plans/compilation/" + YEAR + "?compiled"));
		assertThat(text("city-plan-status")).isEqualTo("已彙編，尚未公布");
		click("publish");
		browser.waitForUrl(url("/plans/compilation/" + YEAR + "?published"));
		assertThat(text("city-plan-status")).isEqualTo("已公布");
		browser.screenshot("plan-compilation-published");
		logOut();
		fixtures.remove(AGENCY, YEAR);
	}

	private WebElement commentBox(String rowLabel) {
		WebElement label = browser.driver.findElement(By.xpath("//label[text()='對「" + rowLabel + "」的意見']"));
		return browser.driver.findElement(By.id(label.getAttribute("for")));
	}

	private void click(String id) {
		browser.driver.findElement(By.id(id)).click();
	}

	private String text(String id) {
		return browser.driver.findElement(By.id(id)).getText();
	}
}
