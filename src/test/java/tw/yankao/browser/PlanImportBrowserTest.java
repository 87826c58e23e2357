package tw.yankao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.PlanStatus;
import tw.yankao.plan.importing.PlanDocuments;

/**
 * A liaison imports a Word file of a plan: uploads it, reads the preview, saves it as a draft.
 * Screenshots {@code plan-import-*} go to {@code target/screenshots}.
 */
class PlanImportBrowserTest extends BrowserTestSupport {

	private static final int YEAR = 286;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	PlanManagement plans;

	@TempDir
	Path dir;

	@Test
	void aLiaisonUploadsADocxSeesThePreviewAndSavesADraft() throws Exception {
		long construction = agencies.findByCode("TCG-CON").orElseThrow().id();
		Path docx = Files.write(dir.resolve("建設局計畫.docx"), PlanDocuments.docx(secretariat107()));
		logIn("liaison");

		open("/plans/import");
		new Select(browser.driver.findElement(By.id("agencyId"))).selectByValue(Long.toString(construction));
		browser.driver.findElement(By.id("year")).clear();
		browser.driver.findElement(By.id("year")).sendKeys(Integer.toString(YEAR));
		browser.driver.findElement(By.id("file")).sendKeys(docx.toString());
		browser.screenshot("plan-import-form");
		browser.driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();

		await().until(ExpectedConditions.presenceOfElementLocated(By.id("save-draft")));
		assertThat(browser.driver.getCurrentUrl()).contains("/plans/import/");
		assertThat(browser.driver.findElement(By.id("import-goals")).getText()).contains("推動本處志願服務工作", "≤120");
		assertThat(browser.driver.findElements(By.cssSelector("#import-goals tbody tr"))).hasSize(5);
		assertThat(plans.plansOf(construction)).noneMatch(p -> p.rocYear() == YEAR);
		browser.screenshot("plan-import-preview");
		browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("import-goals")));
		browser.screenshot("plan-import-preview-goals");

		browser.driver.findElement(By.id("save-draft")).click();

		await().until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
		assertThat(plans.plansOf(construction)).filteredOn(p -> p.rocYear() == YEAR).singleElement()
			.satisfies(plan -> assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT));
		browser.screenshot("plan-import-saved");
	}

	private static String secretariat107() throws Exception {
		try (InputStream in = PlanImportBrowserTest.class.getResourceAsStream("/plan/importing/003_e82097005b831da2.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
