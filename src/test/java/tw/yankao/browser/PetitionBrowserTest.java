package tw.yankao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A pothole from call to closure, as people do it: the 1999 agent takes the call, the profile
 * routes it to 道路工程科 (the demo handler's unit), the handler accepts it and drafts a reply,
 * and 建設局's head approves the reply, which closes the case.
 */
class PetitionBrowserTest extends BrowserTestSupport {

	private static final String REPLY = "已派員於今日完成坑洞修補。";

	@Test
	void aCallIsRoutedAcceptedAnsweredApprovedAndClosed() throws Exception {
		logIn("agent");
		open("/petitions/intake");
		browser.driver.findElement(By.id("phone")).sendKeys("0987654321");
		browser.driver.findElement(By.id("name")).sendKeys("黃美玲");
		new Select(browser.driver.findElement(By.id("category"))).selectByValue("ROAD_DAMAGE");
		browser.driver.findElement(By.id("description")).sendKeys("中清路二段機車道有大坑洞");
		new Select(browser.driver.findElement(By.id("district"))).selectByValue("北屯區");
		browser.driver.findElement(By.id("address")).sendKeys("臺中市北屯區中清路二段100號前");
		browser.screenshot("petition-intake");
		browser.driver.findElement(By.cssSelector("main form.form button[type=submit]")).click();
		new WebDriverWait(browser.driver, Duration.ofSeconds(10))
			.until(d -> d.getCurrentUrl().contains("/petitions/cases/"));
		String casePath = browser.driver.getCurrentUrl().substring(url("").length());
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("道路工程科").contains("黃○玲");
		logOut();

		logIn("handler");
		open("/petitions/inbox");
		browser.screenshot("petition-inbox");
		open(casePath);
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("黃美玲");
		step("accept");
		browser.driver.findElement(By.id("draft-reply-reply")).sendKeys(REPLY);
		step("draft-reply");
		browser.screenshot("petition-case-drafted");
		logOut();

		logIn("head");
		open(casePath);
		step("approve-reply");
		String page = browser.driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("已結案").contains(REPLY).contains("核定回覆並結案");
		browser.screenshot("petition-case-closed");
		logOut();
	}

	/** Takes a step from the case page and waits for the page to come back after the redirect. */
	private void step(String slug) {
		String before = browser.driver.findElement(By.cssSelector("main table.data tbody")).getText();
		browser.driver.findElement(By.cssSelector("form[action$='/" + slug + "'] button")).click();
		new WebDriverWait(browser.driver, Duration.ofSeconds(10))
			.ignoring(StaleElementReferenceException.class)
			.until(d -> !d.findElement(By.cssSelector("main table.data tbody")).getText().equals(before));
	}

}
