package tw.yankao.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test needs: the application on a random port (the one context all browser
 * tests share), one Chromium per test class, and logging in and out as a demo user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

	/** Every demo account's password, as the README gives it. */
	static final String DEMO_PASSWORD = "Yankao-Demo-2026!";

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() throws Exception {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void open(String path) {
		browser.driver.get(url(path));
	}

	/** Logs in afresh, whoever was logged in before, and waits for the home page. */
	void logIn(String username) {
		browser.driver.manage().deleteAllCookies();
		open("/login");
		browser.driver.findElement(By.id("username")).sendKeys(username);
		browser.driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
		browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waitForUrl(url("/"));
	}

	/** Waits up to 20 s, long enough for a page on a loaded CI machine. */
	static WebDriverWait await() {
		return new WebDriverWait(browser.driver, Duration.ofSeconds(20));
	}

	void logOut() {
		browser.driver.findElement(By.cssSelector("header form button[type=submit]")).click();
		browser.waitForUrl(url("/login?logout"));
	}

}
