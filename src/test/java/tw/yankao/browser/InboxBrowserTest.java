package tw.yankao.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home inbox and the notifications page in Chromium: the demo liaison sees what needs them
 * with counts and links, opens the reminders and marks one read; the demo head sees the escalation.
 */
class InboxBrowserTest extends BrowserTestSupport {

	@Test
	void theLiaisonFindsTheReminderInTheInboxAndMarksItRead() throws Exception {
		logIn("liaison");
		List<String> notices = texts("section.inbox li.notice");
		assertThat(notices).anyMatch(text -> text.contains("件列管項目尚未填報"));
		assertThat(notices).anyMatch(text -> text.contains("則未讀通知"));
		browser.screenshot("inbox-liaison");

		browser.driver.findElement(By.cssSelector("header a.notifications-link")).click();
		await().until(driver -> driver.getCurrentUrl().endsWith("/notifications"));
		int unread = unreadRows();
		assertThat(unread).isPositive();
		assertThat(texts("table.notifications tbody th")).anyMatch(text -> text.startsWith("【稽催】"));
		// received at, as an ROC date-time
		assertThat(texts("table.notifications tbody td:nth-child(3)")).allMatch(text -> text.matches("1\\d\\d/\\d\\d/\\d\\d\\s+\\d\\d:\\d\\d"));
		browser.screenshot("notifications-liaison");

		browser.driver.findElement(By.cssSelector("table.notifications tr.unread form button")).click();
		await().until(driver -> unreadRows() == unread - 1);
		assertThat(browser.driver.findElement(By.cssSelector("header a.notifications-link")).getText())
			.contains("（" + (unread - 1) + " 則未讀）");
		browser.screenshot("notifications-liaison-read");
	}

	@Test
	void theHeadSeesTheEscalation() throws Exception {
		logIn("head");
		open("/notifications");
		await().until(driver -> !driver.findElements(By.cssSelector("table.notifications")).isEmpty());
		assertThat(texts("table.notifications tbody th")).allMatch(text -> text.startsWith("【稽催－陳報主管】"));
		browser.screenshot("notifications-head");
	}

	private int unreadRows() {
		return browser.driver.findElements(By.cssSelector("table.notifications tr.unread")).size();
	}

	private static List<String> texts(String css) {
		return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

}
