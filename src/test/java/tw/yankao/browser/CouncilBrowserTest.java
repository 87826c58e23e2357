package tw.yankao.browser;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RDEC registers a written question on the demo council's current session, the Construction
 * Bureau's liaison replies and submits, the head approves, and the session's list shows it
 * replied. Screenshots {@code council-*} go to {@code target/screenshots}.
 */
class CouncilBrowserTest extends BrowserTestSupport {

	@Test
	void aQuestionIsRegisteredRepliedAndApproved() throws Exception {
		String subject = "瀏覽器測試：豐原區人行道改善" + ThreadLocalRandom.current().nextInt(1_000_000);
		logIn("rdec");
		open("/tracking/council");
		browser.screenshot("council-sessions");
		browser.driver.findElement(By.linkText("第4屆第6次定期會")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("question-form")));
		String session = browser.driver.getCurrentUrl();
		browser.driver.findElement(By.id("number")).sendKeys(String.valueOf(900 + ThreadLocalRandom.current().nextInt(9_000)));
		browser.driver.findElement(By.id("councillors")).sendKeys("林文華議員");
		browser.driver.findElement(By.id("subject")).sendKeys(subject);
		browser.driver.findElement(By.id("text")).sendKeys("請說明豐原區人行道改善期程。");
		new Select(browser.driver.findElement(By.id("ownerAgencyId"))).selectByVisibleText("建設局");
		browser.driver.findElement(By.cssSelector("#question-form button[type=submit]")).click();
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions"), subject));
		assertThat(text("#questions")).contains("決議案", "書面質詢", "待答復", "待主管核定", "草稿", "已答復");
		browser.screenshot("council-session");

		logIn("liaison");
		browser.driver.get(session);
		await().until(ExpectedConditions.presenceOfElementLocated(By.linkText(subject)));
		assertThat(text("#questions")).as("the liaison sees only the Construction Bureau's").doesNotContain("捷運藍線");
		browser.driver.findElement(By.linkText(subject)).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("reply-form")));
		browser.driver.findElement(By.id("reply")).sendKeys("本局已完成規劃設計，預定明年第一季發包施工。");
		browser.driver.findElement(By.cssSelector("#reply-form button[value=submit]")).click();
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "已送主管核定"));
		String question = browser.driver.getCurrentUrl();
		browser.screenshot("council-reply-submitted");

		logIn("head");
		browser.driver.get(question);
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("approve-form")));
		browser.driver.findElement(By.cssSelector("#approve-form button")).click();
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "答復已核定"));
		assertThat(text("#reply-state")).contains("已答復");
		assertThat(text("#reply-text")).contains("預定明年第一季發包施工");
		browser.screenshot("council-reply-approved");
	}

	private String text(String css) {
		return browser.driver.findElement(By.cssSelector(css)).getText();
	}

}
