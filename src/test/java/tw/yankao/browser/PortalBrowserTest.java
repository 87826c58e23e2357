package tw.yankao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen, not logged in, gets an SMS code (read here from the outbox), picks the place on the
 * map, submits a report, checks its status with the code shown, and finds it on the public map.
 * Screenshots go to {@code target/screenshots/portal-*.png}.
 */
class PortalBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCitizenReportsAStreetLightAndChecksItsStatus() throws Exception {
		browser.driver.manage().deleteAllCookies();
		String phone = "0987" + String.format("%06d", System.nanoTime() % 1_000_000);
		open("/portal");
		new Select(browser.driver.findElement(By.id("verifyChannel"))).selectByValue("SMS");
		browser.driver.findElement(By.id("verifyAddress")).sendKeys(phone);
		browser.driver.findElement(By.id("send-code")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice[role=status]")));
		String body = jdbc.sql("select body from portal_outbox where recipient = ? order by id desc limit 1").param(phone)
			.query(String.class).single();
		String code = body.replaceAll("(?s)\\D*(\\d{6}).*", "$1");

		browser.driver.findElement(By.id("code")).sendKeys(code);
		new Select(browser.driver.findElement(By.id("category"))).selectByValue("STREET_LIGHT");
		browser.driver.findElement(By.id("description")).sendKeys("公園旁路燈整晚不亮（瀏覽器測試）");
		new Select(browser.driver.findElement(By.id("district"))).selectByValue("西屯區");
		browser.driver.findElement(By.id("address")).sendKeys("臺中市西屯區市政路與惠中路口");
		WebElement map = browser.driver.findElement(By.id("pick-map"));
		await().until(d -> map.getAttribute("class").contains("leaflet-container"));
		new Actions(browser.driver).moveToElement(map, 10, 10).click().perform();
		await().until(d -> !d.findElement(By.id("latitude")).getAttribute("value").isEmpty());
		browser.driver.findElement(By.id("latitude")).clear();
		browser.driver.findElement(By.id("latitude")).sendKeys("24.1612");
		browser.driver.findElement(By.id("longitude")).clear();
		browser.driver.findElement(By.id("longitude")).sendKeys("120.6412");
		browser.driver.findElement(By.id("name")).sendKeys("陳美麗");
		browser.driver.findElement(By.id("phone")).sendKeys(phone);
		new Select(browser.driver.findElement(By.id("replyChannel"))).selectByValue("SMS");
		browser.screenshot("portal-form");
		browser.driver.findElement(By.id("submit")).click();

		await().until(ExpectedConditions.presenceOfElementLocated(By.id("status-code")));
		String number = browser.driver.findElement(By.id("case-number")).getText();
		String statusCode = browser.driver.findElement(By.id("status-code")).getText();
		assertThat(number).matches("[A-Z]+\\d{7}-\\d{6}");
		browser.screenshot("portal-submitted");

		open("/portal/status");
		browser.driver.findElement(By.id("number")).sendKeys(number);
		browser.driver.findElement(By.id("status-code-input")).sendKeys(statusCode);
		browser.driver.findElement(By.id("look-up")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
		String shown = browser.driver.findElement(By.id("case-status")).getText();
		assertThat(shown).contains(number).contains("路燈").doesNotContain("陳美麗").doesNotContain(phone);
		browser.screenshot("portal-status");

		open("/portal/map");
		WebElement caseMap = browser.driver.findElement(By.id("case-map"));
		await().until(d -> caseMap.getAttribute("data-points") != null);
		assertThat(browser.driver.findElement(By.id("map-table")).getText()).contains("路燈").doesNotContain("陳美麗");
		browser.screenshot("portal-map");
	}

}
