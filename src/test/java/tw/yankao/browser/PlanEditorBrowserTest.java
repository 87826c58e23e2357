package tw.yankao.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.EditablePlan;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.editing.EditorFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo liaison edits a draft of 建設局 in Chromium: a goal's weight and an indicator's target are
 * saved in place (htmx) and shown back; then someone else saves in between, and the next save
 * shows the conflict and a reload that brings their change. Screenshots go to target/screenshots.
 */
class PlanEditorBrowserTest extends BrowserTestSupport {

	private static final int YEAR = 990;

	@Autowired
	PlanManagement plans;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	AnnualPlanId draft;

	@BeforeEach
	void draft() {
		jdbc.sql("delete from annual_plan where roc_year = :year").param("year", YEAR).update();
		draft = EditorFixture.draftWithGoals(plans, agencies.findByCode("TCG-CON").orElseThrow().id(), YEAR);
	}

	@AfterEach
	void removeDraft() {
		jdbc.sql("delete from annual_plan where roc_year = :year").param("year", YEAR).update();
	}

	@Test
	void theLiaisonSavesAGoalAndAnIndicatorThenMeetsAConcurrentEdit() throws Exception {
		logIn("liaison");
		browser.driver.get(url("/plans/" + draft + "/edit"));
		assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).contains("990年度施政計畫");
		browser.screenshot("plan-editor");

		type("goal-0-weight", "35");
		submitFormOf("goal-0-weight");
		waitForSavedNear("goal-0-weight");
		assertThat(value("goal-0-weight")).isEqualTo("35");
		assertThat(text("goal-weight-sum")).contains("57%");

		type("indicator-0-0-target", "92%");
		submitFormOf("indicator-0-0-target");
		waitForSavedNear("indicator-0-0-target");
		assertThat(value("indicator-0-0-target")).isEqualTo("92%");
		assertThat(formOf("indicator-0-0-target").getText()).contains("數值 92，單位「%」");
		browser.driver.executeScript("arguments[0].scrollIntoView()", formOf("indicator-0-0-target"));
		browser.screenshot("plan-editor-saved");
		assertThat(plans.find(draft).orElseThrow().content().goals().get(0).weight()).isEqualByComparingTo("35");

		// someone else saves while this page is open
		int version = plans.find(draft).orElseThrow().summary().version();
		plans.revise(draft, version, "concurrent", plan -> new EditablePlan("別人改過的標題", plan.narrative(),
				plan.content()));
		type("goal-1-weight", "5");
		submitFormOf("goal-1-weight");
		WebElement conflict = wait(ExpectedConditions.visibilityOfElementLocated(By.id("plan-conflict")));
		assertThat(conflict.getText()).contains("有人在您開啟後修改了這份計畫");
		browser.screenshot("plan-editor-conflict");
		assertThat(plans.find(draft).orElseThrow().content().goals().get(1).weight()).isEqualByComparingTo("22");

		browser.driver.findElement(By.id("plan-reload")).click();
		// The old editor also has a visible title field, so wait for the reloaded value itself.
		wait(ExpectedConditions.attributeToBe(By.id("header-title"), "value", "別人改過的標題"));
		assertThat(value("goal-1-weight")).isEqualTo("22");
		browser.screenshot("plan-editor-reloaded");

		browser.driver.get(url("/plans/" + draft));
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("別人改過的標題", "92%");
		browser.screenshot("plan-view");
	}

	private void type(String id, String text) {
		WebElement input = browser.driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private WebElement formOf(String id) {
		return browser.driver.findElement(By.id(id)).findElement(By.xpath("ancestor::form"));
	}

	private void submitFormOf(String id) {
		formOf(id).findElement(By.cssSelector("button[type=submit]")).click();
	}

	/** htmx swaps the editor; the saved form then says so. */
	private void waitForSavedNear(String id) {
		wait(driver -> {
			try {
				return formOf(id).findElements(By.cssSelector(".ok[role=status]")).size() == 1;
			}
			catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException ex) {
				return false;
			}
		});
	}

	private <T> T wait(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
		return new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(condition);
	}

	private String value(String id) {
		return browser.driver.findElement(By.id(id)).getDomProperty("value");
	}

	private String text(String id) {
		return browser.driver.findElement(By.id(id)).getText();
	}
}
