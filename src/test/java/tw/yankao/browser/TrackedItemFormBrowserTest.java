package tw.yankao.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * fields come in when the type is chosen, the report's due date is worked out on saving, a month's
 * budget allocation and a link to an indicator of the bureau's published plan of ROC 83 (made here,
 * titled {@code IFB83 }) are kept and shown, and a bad edit names its fields. Screenshots: {@code target/screenshots/tracking-item-form.png},
 * {@code tracking-item-form-errors.png}, {@code tracking-item-created.png},
 * {@code tracking-item-created-plan.png}.
 */
class TrackedItemFormBrowserTest extends BrowserTestSupport {

	private static final String NUMBER = "IFB94-1";

	@Autowired
	JdbcClient jdbc;

	private long indicator;

	@BeforeEach
	void plan() {
		long agency = jdbc.sql("select id from agency where code = 'TCG-CON'").query(Long.class).single();
		long plan = jdbc.sql("""
				insert into annual_plan (agency_id, roc_year, title, status)
				values (?, 83, 'IFB83 建設局年度施政計畫', 'PUBLISHED') returning id""").param(agency).query(Long.class).single();
		long goal = jdbc.sql("insert into plan_strategic_goal (plan_id, position, name) values (?, 0, '提升行政效能') returning id")
			.param(plan).query(Long.class).single();
		indicator = jdbc.sql("insert into plan_indicator (goal_id, position, name) values (?, 0, '出國報告建議事項辦理率') returning id")
			.param(goal).query(Long.class).single();
	}

	@AfterEach
	void clean() {
		jdbc.sql("delete from tracking_items where item_number = ?").param(NUMBER).update();
		jdbc.sql("delete from annual_plan where title like 'IFB83 %'").update();
	}

	@Test
	void theLiaisonCreatesAnOverseasTripReportAndCorrectsABadEdit() throws Exception {
		logIn("liaison");
		open("/tracking/items/new");
		new Select(browser.driver.findElement(By.id("type"))).selectByValue("OVERSEAS_TRIP_REPORT");
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("details.returnDate")));
		type("number", NUMBER);
		type("title", "新加坡智慧城市考察出國報告建議事項");
		long bureau = jdbc.sql("select id from agency where code = 'TCG-CON'").query(Long.class).single();
		new Select(browser.driver.findElement(By.id("ownerAgencyId"))).selectByValue(String.valueOf(bureau));
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
		type("plannedSpending[0]", "150000");
		set("plannedMonth[1]", "1995-01");
		type("plannedPercent[1]", "100");
		type("checkpointName[0]", "提出出國報告");
		set("checkpointPlanned[0]", "1995-02-28");
		// the owner and the years are chosen: the bureau's indicators of ROC 83–84 are offered
		browser.driver.findElement(By.cssSelector("button[value=indicators]")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("indicatorIds")));
		new Select(browser.driver.findElement(By.id("indicatorIds"))).selectByValue(String.valueOf(indicator));
		browser.screenshot("tracking-item-form");
		browser.driver.findElement(By.id("save-item")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("edit-item")));
		assertThat(text("dl.facts")).contains("新加坡", "83年11月30日", "84年2月28日");
		assertThat(text("#linked-indicators")).contains("IFB83 建設局年度施政計畫：出國報告建議事項辦理率");
		assertThat(browser.driver.findElement(By.cssSelector("#linked-indicators a")).getAttribute("href"))
			.endsWith("/plans/achievement/indicators/" + indicator);
		assertThat(text("#progress-table")).contains("150,000");
		browser.screenshot("tracking-item-created");
		browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("progress-table")));
		browser.screenshot("tracking-item-created-plan");

		browser.driver.findElement(By.id("edit-item")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(By.id("save-item")));
		assertThat(text("#type-details")).contains("84年2月28日");
		assertThat(browser.driver.findElement(By.id("plannedSpending[0]")).getAttribute("value")).isEqualTo("150000");
		assertThat(new Select(browser.driver.findElement(By.id("indicatorIds"))).getFirstSelectedOption().getText())
			.contains("出國報告建議事項辦理率");
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
