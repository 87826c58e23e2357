package tw.yankao.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, headless, with a fresh profile, driven by Debian's chromedriver (the
 * machine reaches no browser download site, so Selenium Manager must not be asked). Outside CI a
 * machine without Chromium skips browser tests; under {@code CI=true} their absence fails.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	static final Path SCREENSHOTS = Path.of("target/screenshots");

	final ChromeDriver driver;
	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	static Browser start() throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!"true".equals(System.getenv("CI"))) {
			assumeTrue(installed, "Chromium is not installed; .ci/run installs it");
		}
		Path profile = Files.createTempDirectory("yankao-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-TW", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, profile);
	}

	/** Waits for a navigation (a form post and its redirect) to arrive at {@code url}. */
	void waitForUrl(String url) {
		new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.urlToBe(url));
	}

	void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		org.springframework.util.FileSystemUtils.deleteRecursively(profile);
	}

}
