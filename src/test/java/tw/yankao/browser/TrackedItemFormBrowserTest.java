package tw.yankao.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Construction Bureau's liaison puts an overseas trip report under tracking: the type's own
 * fields come in when the type is chosen, the report's due date is worked out on saving, and a bad
 * edit names its fields. Screenshots: {@code target/screenshots/tracking-item-form.png},
 * {@code tracking-item-form-errors.png}, {@code tracking-item-created.png}.
 */
class TrackedItemFormBrowserTest extends BrowserTestSupport {

	private static final String NUMBER = "IFB94-1";

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void clean() {
		jdbc.sql("delete from tracking_items where item_number = ?").param(NUMBER).update();
	}

	@Test
	void theLiaisonCreatesAnOverseasTripReportAndCorrectsABadEdit() throws Exception {
		logIn("liaison");
		open("/tracking/items/new");
		new Select(browser.driver.findElement(By.id("type"))).selectByValue("OVERSEAS_TRIP_REPORT");
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("details.returnDate")));
		type("number", NUMBER);
		type("title", "新加坡智慧城市考察出國報告建議事項");
		new Select(browser.driver.findElement(By.id("ownerAgencyId"))).selectByIndex(1);
		new Select(browser.driver.findElement(By.id("coAgencyIds"))).selectByIndex(3);
		type("responsiblePeople", "綜合企劃科 陳科長");
		set("startDate", "1994-12-01");
		set("endDate", "1995-06-30");
		type("budgetTotal", "0");
		type("budgetThisYear", "0");
		set("details.returnDate", "1994-11-30");
		type("details.destination", "新加坡");
		set("plannedMonth[0]", "1994-12");
		type("plannedPercent[0]", "40");
		set("plannedMonth[1]", "1995-01");
		type("plannedPercent[1]", "100");
		type("checkpointName[0]", "提出出國報告");
		set("checkpointPlanned[0]", "1995-02-28");
		browser.screenshot("tracking-item-form");
		browser.driver.findElement(By.id("save-item")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("edit-item")));
		assertThat(text("dl.facts")).contains("新加坡", "83年11月30日", "84年2月28日");
		browser.screenshot("tracking-item-created");

		browser.driver.findElement(By.id("edit-item")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("save-item")));
		assertThat(text("#type-details")).contains("84年2月28日");
		browser.driver.findElement(By.id("title")).clear();
		type("plannedPercent[1]", "0");
		browser.driver.findElement(By.id("save-item")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
		assertThat(text("#form-errors")).contains("名稱：必填", "第 2 列預定累計進度（%）：預定累計進度不可低於前一個月");
		browser.screenshot("tracking-item-form-errors");
	}

	private void type(String id, String value) {
		WebElement field = browser.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	/** Date and month inputs take keys in the browser's locale: their value is set directly. */
	private void set(String id, String value) {
		browser.driver.executeScript("arguments[0].value = arguments[1]", browser.driver.findElement(By.id(id)), value);
	}

	private String text(String css) {
		return browser.driver.findElement(By.cssSelector(css)).getText();
	}

}
