package tw.yankao.browser;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A petitioner, not signed in, opens the survey link of a case closed today, answers "very
 * unsatisfied" with a comment, and is told the case is reopened; the link then shows it answered.
 */
class SurveyBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUnsatisfiedPetitionerReopensTheCaseFromTheSurveyPage() throws Exception {
		Timestamp closed = Timestamp.from(Instant.now().minusSeconds(3_600));
		long agency = jdbc.sql("select id from agency where code = 'TCG-CON'").query(Long.class).single();
		long caseId = jdbc.sql("""
				insert into petition_case (number, kind, channel, category, description, anonymous, reply_channel, language,
				                           received_at, deadline, status, agency_id, closed_at, reply)
				values ('SVB-000001', 'DISPATCH', 'PHONE_1999', 'STREET_LIGHT', '五權路路燈不亮', true, 'NONE', 'zh-TW',
				        ?, ?, 'CLOSED', ?, ?, '已更換燈泡。') returning id""")
			.params(closed, closed, agency, closed).query(Long.class).single();
		jdbc.sql("insert into petition_survey (token, case_id, agency_id, closed_at, created_at) values ('svb-token-1', ?, ?, ?, ?)")
			.params(caseId, agency, closed, closed).update();
		browser.driver.manage().deleteAllCookies();

		open("/survey/svb-token-1");
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("SVB-000001").contains("滿意程度");
		browser.screenshot("survey-form");
		browser.driver.findElement(By.cssSelector("label[for=satisfaction-1]")).click();
		browser.driver.findElement(By.id("comment")).sendKeys("路燈隔天又不亮了");
		browser.driver.findElement(By.cssSelector("#survey-form button[type=submit]")).click();
		await().until(d -> !d.findElements(By.id("survey-outcome")).isEmpty());

		assertThat(browser.driver.findElement(By.id("survey-outcome")).getText()).contains("重新開啟");
		assertThat(browser.driver.findElements(By.id("survey-form"))).isEmpty();
		browser.screenshot("survey-answered");
		assertThat(jdbc.sql("select status from petition_case where id = ?").param(caseId).query(String.class).single())
			.isEqualTo("IN_PROGRESS");

		open("/survey/svb-token-1");
		await().until(d -> !d.findElements(By.id("survey-answered")).isEmpty());
		assertThat(browser.driver.findElement(By.id("survey-answered")).getText()).contains("1/5");
	}

}
