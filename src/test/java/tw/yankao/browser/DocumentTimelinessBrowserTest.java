package tw.yankao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.tracking.documents.DocumentFiles;

/**
 * The RDEC imports a small document list, checks it, imports it and reads the month's ranking
 * with its trend chart. Screenshots {@code documents-*} go to {@code target/screenshots}.
 */
class DocumentTimelinessBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@AfterEach
	void clean() {
		DocumentFiles.removeTestDocuments(jdbc);
	}

	@Test
	void theRdecImportsACsvAndSeesTheRanking() throws Exception {
		Path csv = Files.write(dir.resolve("公文清單.csv"), DocumentFiles.csv(
				"T-W1,TCG-CON,普通件,一般公文,90/05/02,,90/05/04",
				"T-W2,TCG-CON,速件,人民申請案件,90/05/03,,90/05/20",
				"T-W3,TCG-TRA,最速件,會辦公文,90/05/07,,90/05/08",
				"T-W4,TCG-TRA,普通件,訴願答辯,90/05/10,,90/05/11"));
		logIn("rdec");

		open("/tracking/documents/import");
		browser.driver.findElement(By.id("file")).sendKeys(csv.toString());
		browser.driver.findElement(By.id("preview")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("import-preview")));
		assertThat(browser.driver.findElements(By.cssSelector("#import-preview tbody tr"))).hasSize(4);
		browser.screenshot("documents-import-checked");

		browser.driver.findElement(By.id("file")).sendKeys(csv.toString());
		browser.driver.findElement(By.id("import")).click();
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"), "新增 4 筆"));
		browser.screenshot("documents-import-stored");

		open("/tracking/documents/timeliness?month=2001-05");
		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
		assertThat(browser.driver.findElement(By.cssSelector("#ranking tbody tr:first-child")).getAttribute("data-agency"))
			.isEqualTo("TCG-CON");
		assertThat(browser.driver.findElement(By.cssSelector("#ranking tbody tr:first-child")).getText())
			.contains("建設局", "50.00 %");
		browser.screenshot("documents-ranking");
		browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("trend-chart")));
		browser.screenshot("documents-trend");
	}
}
