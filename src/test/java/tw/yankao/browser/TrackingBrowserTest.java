package tw.yankao.browser;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.tracking.ControlLevel;
import tw.yankao.tracking.TrackedItem;
import tw.yankao.tracking.TrackedItemEntry;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.internal.TrackedItems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Construction Bureau's liaison enters a month's progress for a tender of very large works
 * (the procurement rule: 10 points behind) and sees it classified as seriously behind, on the chart and in its table. Screenshot: {@code target/screenshots/tracking-item.png}.
 */
class TrackingBrowserTest extends BrowserTestSupport {

	@Autowired
	TrackedItems items;

	@Autowired
	AgencyDirectory agencies;

	@Test
	void theLiaisonEntersProgressAndSeesTheLagClass() throws Exception {
		long construction = agencies.findByCode("TCG-CON").orElseThrow().id();
		long id = items.insert(new TrackedItemEntry(TrackedItemType.TENDER, "BT-" + UUID.randomUUID(), "文心路捷運沿線人行道改善工程",
				construction, List.of(), ControlLevel.CITY, "工程科 林科長", LocalDate.of(1991, 1, 1),
				LocalDate.of(1991, 12, 31), BigDecimal.valueOf(250_000_000), BigDecimal.valueOf(250_000_000),
				TrackedItemStatus.TRACKED, Map.of(),
				Map.of(YearMonth.of(1991, 1), BigDecimal.valueOf(10), YearMonth.of(1991, 2), BigDecimal.valueOf(25),
						YearMonth.of(1991, 3), BigDecimal.valueOf(45)),
				List.of(new TrackedItem.Checkpoint("開工", LocalDate.of(1991, 1, 20), LocalDate.of(1991, 1, 18))), null, null, null),
				Instant.now());
		logIn("liaison");
		browser.driver.get(url("/tracking/items/" + id));
		enter("1991-01", "10", "完成開工");
		enter("1991-02", "12", "管線遷移延宕");
		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#progress-chart canvas")));
		assertThat(text("#progress-table")).contains("80年1月", "80年2月", "符合進度", "嚴重落後", "-13.00");
		browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.tagName("h2")));
		browser.screenshot("tracking-item");
	}

	private void enter(String month, String percent, String narrative) {
		WebElement field = browser.driver.findElement(By.id("month"));
		field.clear();
		field.sendKeys(month);
		browser.driver.findElement(By.id("actualPercent")).clear();
		browser.driver.findElement(By.id("actualPercent")).sendKeys(percent);
		browser.driver.findElement(By.id("narrative")).clear();
		browser.driver.findElement(By.id("narrative")).sendKeys(narrative);
		browser.driver.findElement(By.cssSelector("form[action$='/reports'] button[type=submit]")).click();
		await().until(ExpectedConditions.urlContains("month=" + month));
		assertThat(text("[role=status]")).contains(month);
	}

	private String text(String css) {
		return browser.driver.findElement(By.cssSelector(css)).getText();
	}

}
