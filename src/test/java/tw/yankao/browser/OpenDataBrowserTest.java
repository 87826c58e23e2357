package tw.yankao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.opendata.Catalogue;
import tw.yankao.opendata.release.ReleasePipeline;

/**
 * A visitor browses the catalogue to a dataset; the RDEC reads a checked release's report and
 * publishes it. Screenshots {@code opendata-*} go to {@code target/screenshots}. Months of 1974
 * are this test's own.
 */
class OpenDataBrowserTest extends BrowserTestSupport {

	static final String DATASET = "tcg-petition-statistics";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReleasePipeline pipeline;

	@Autowired
	Catalogue catalogue;

	@AfterEach
	void clean() {
		jdbc.sql("delete from opendata_release where period between date '1974-01-01' and date '1974-12-01'").update();
	}

	@Test
	void theRdecPublishesACheckedReleaseThatVisitorsThenDownload() throws Exception {
		pipeline.store(catalogue.dataset(DATASET).orElseThrow(), YearMonth.of(1974, 5),
				List.of(Arrays.asList("1974-05", "西屯區", "STREET_LIGHT", "路燈故障", "DISPATCH", "12", "10", "9"),
						Arrays.asList("1974-05", "北屯區", "POTHOLE", "道路坑洞", "DISPATCH", "4", "4", "4")));

		open("/open-data");
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("datasets")));
		assertThat(browser.driver.findElements(By.cssSelector("#datasets tbody tr"))).hasSize(catalogue.datasets().size());
		browser.screenshot("opendata-catalogue");

		logIn("rdec");
		open("/open-data/datasets/" + DATASET + "/releases/1974-05");
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
		assertThat(browser.driver.findElements(By.cssSelector("#report tbody tr"))).hasSize(4);
		browser.screenshot("opendata-release-checked");
		browser.driver.findElement(By.cssSelector("#publish button")).click();
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("release-status"), "已發布"));
		browser.screenshot("opendata-release-published");

		logOut();
		open("/open-data/datasets/" + DATASET);
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("releases")));
		assertThat(browser.driver.findElement(By.cssSelector("#releases tbody")).getText()).contains("63年5月");
		assertThat(browser.driver.findElements(By.id("create-release"))).isEmpty();
		browser.screenshot("opendata-dataset");
	}

}
