package tw.yankao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator creates an Open311 client, sees its key once, and revokes it. Screenshots go
 * to {@code target/screenshots/open311-*.png}.
 */
class Open311ClientsBrowserTest extends BrowserTestSupport {

	@Test
	void theAdministratorCreatesAClientSeesTheKeyOnceAndRevokesIt() throws Exception {
		logIn("admin");
		open("/admin/open311/clients");
		String name = "瀏覽器測試用戶端 " + System.nanoTime();
		browser.driver.findElement(By.id("name")).sendKeys(name);
		browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("new-key")));
		String key = browser.driver.findElement(By.id("new-key")).getText();
		assertThat(key).startsWith("o311_");
		assertThat(browser.driver.findElement(By.id("created-key")).getText()).contains(name);
		browser.screenshot("open311-created");

		open("/admin/open311/clients");
		assertThat(browser.driver.getPageSource()).doesNotContain(key);
		By revoke = By.xpath("//tr[th[normalize-space()='" + name + "']]//button");
		browser.driver.findElement(revoke).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("revoked")));
		assertThat(browser.driver.findElement(By.xpath("//tr[th[normalize-space()='" + name + "']]")).getText()).contains("撤銷");
		assertThat(browser.driver.findElements(revoke)).isEmpty();
		browser.screenshot("open311-revoked");
	}

}
