package tw.yankao.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's view: each demo user logs in through the real form in Chromium and sees the
 * navigation of their role. Screenshots go to {@code target/screenshots}.
 */
class NavigationBrowserTest extends BrowserTestSupport {

	/** The navigation links each demo user must see, and those they must not. */
	private static final Map<String, List<String>> SEES = Map.of(
			"admin", List.of("/admin/agencies", "/admin/users", "/admin/calendar", "/audit"),
			"rdec", List.of("/admin/agencies", "/admin/calendar", "/audit"),
			"liaison", List.of(),
			"handler", List.of(),
			"head", List.of(),
			"agent", List.of(),
			"citizen", List.of());

	private static final List<String> ADMIN_ONLY = List.of("/admin/users");

	/** Pages for the RDEC and administrators only: no other role may even see the link. */
	private static final List<String> CITY_WIDE_ONLY = List.of("/admin/agencies", "/admin/calendar", "/audit");

	@Test
	void visitorsSeeTheWelcomePageAndCanSkipToTheContent() throws Exception {
		browser.driver.manage().deleteAllCookies();
		browser.driver.get(url("/"));
		assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-TW");
		browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = browser.driver.switchTo().activeElement();
		assertThat(focused.getAttribute("href")).endsWith("#main");
		assertThat(focused.getText()).isEqualTo("跳到主要內容");
		browser.screenshot("welcome");
	}

	@Test
	void everyRoleLogsInAndSeesItsNavigation() throws Exception {
		for (Map.Entry<String, List<String>> user : SEES.entrySet()) {
			logIn(user.getKey());
			List<String> links = browser.driver.findElements(By.cssSelector("header nav a"))
				.stream()
				.map(a -> a.getAttribute("href").replace(url(""), ""))
				.toList();
			assertThat(links).as(user.getKey()).contains("/").containsAll(user.getValue());
			if (!user.getKey().equals("admin")) {
				assertThat(links).as(user.getKey()).doesNotContainAnyElementsOf(ADMIN_ONLY);
			}
			if (!user.getKey().equals("admin") && !user.getKey().equals("rdec")) {
				assertThat(links).as(user.getKey()).doesNotContainAnyElementsOf(CITY_WIDE_ONLY);
			}
			assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("首頁");
			browser.screenshot("home-" + user.getKey());
			logOut();
		}
	}

	@Test
	void theAdministratorSeesTheOrganisationTreeInEnglishOnRequest() throws Exception {
		logIn("admin");
		browser.driver.get(url("/admin/agencies?lang=en"));
		assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Organisation");
		assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Construction Bureau",
				"Heping District Office");
		browser.screenshot("agencies-en");
		browser.driver.get(url("/admin/agencies?lang=zh-TW"));
		assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("和平區公所");
		browser.screenshot("agencies");
		logOut();
	}

	@Test
	void aWrongPasswordShowsAnErrorOnTheLoginPage() throws Exception {
		browser.driver.manage().deleteAllCookies();
		browser.driver.get(url("/login"));
		browser.driver.findElement(By.id("username")).sendKeys("head");
		browser.driver.findElement(By.id("password")).sendKeys("not-the-password");
		browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		// The click returns before the failed login's redirect has rendered, so wait for the alert.
		WebElement alert = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
		assertThat(alert.getText()).isEqualTo("帳號或密碼錯誤。");
		browser.screenshot("login-error");
	}

	@Test
	void theRdecReadsTheCalendarAndTheAuditLog() throws Exception {
		logIn("rdec");
		browser.driver.get(url("/admin/calendar"));
		assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isNotBlank();
		browser.screenshot("calendar");
		browser.driver.get(url("/admin/calendar/2026"));
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("115");
		browser.screenshot("calendar-2026");
		browser.driver.get(url("/audit"));
		List<WebElement> rows = browser.driver.findElements(By.cssSelector("#audit-results tbody tr"));
		assertThat(rows).as("the demo organisation was audited").isNotEmpty();
		browser.screenshot("audit");
		rows.get(0).findElement(By.cssSelector("a")).click();
		browser.screenshot("audit-entry");
		logOut();
	}

	@Test
	void theApiDocumentationRendersUnderTheStrictContentSecurityPolicy() throws Exception {
		browser.driver.get(url("/swagger-ui/index.html"));
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(15))
			.until(d -> !d.findElements(By.cssSelector(".swagger-ui .opblock")).isEmpty());
		assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("/api/agencies");
		browser.screenshot("swagger-ui");
	}

	/** Session fixation: the session cookie a visitor had before logging in is worthless after. */
	@Test
	void loggingInIssuesANewSessionId() throws Exception {
		browser.driver.manage().deleteAllCookies();
		browser.driver.get(url("/login"));
		String before = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
		browser.driver.findElement(By.id("username")).sendKeys("liaison");
		browser.driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
		browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waitForUrl(url("/"));
		assertThat(browser.driver.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
		logOut();
	}
}
