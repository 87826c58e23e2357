package tw.yankao.plan.editing;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.DataSource;
import tw.yankao.plan.Direction;
import tw.yankao.plan.EditablePlan;
import tw.yankao.plan.Indicator;
import tw.yankao.plan.IndicatorTarget;
import tw.yankao.plan.PlanContent;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.StrategicGoal;
import tw.yankao.shared.security.Role;

/**
 * Plans for editor tests: a draft with two goals for a test year of an agency, removed again by
 * {@link #removeYears}. Test years are 900–999, which no demo or other test uses.
 */
public final class EditorFixture {

	private EditorFixture() {
	}

	/** A draft with goals 一 (weight 18, two indicators) and 二 (weight 22, one indicator). */
	public static AnnualPlanId draftWithGoals(PlanManagement plans, long agencyId, int rocYear) {
		AnnualPlanId id = plans.startDraft(agencyId, rocYear);
		plans.revise(id, 0, "test", plan -> new EditablePlan(plan.title(), plan.narrative(),
				new PlanContent(List.of("第一項施政目標", "第二項施政目標"),
						List.of(new StrategicGoal("一", "提升市政效能", new java.math.BigDecimal("18"), null,
								List.of(indicator("管考執行率", "85%"), indicator("研究報告", "4 篇"))),
								new StrategicGoal("二", "精進為民服務", new java.math.BigDecimal("22"), null,
										List.of(indicator("滿意度", "90%")))),
						List.of(), List.of(), List.of(), List.of())));
		return id;
	}

	private static Indicator indicator(String name, String target) {
		return new Indicator(name, new java.math.BigDecimal("9"), 1, "統計數據", "(A/B)*100%",
				new IndicatorTarget(target, null, null), Direction.HIGHER_IS_BETTER, DataSource.MANUAL);
	}

	public static void removeYears(JdbcClient jdbc) {
		jdbc.sql("delete from annual_plan where roc_year between 900 and 999").update();
	}

	/** Acts as a user with one role in an agency for the rest of the test's thread. */
	public static void actAs(Role role, Long agencyId) {
		SignedInUser user = new SignedInUser(new CurrentUser(990_000 + role.ordinal(), "editor-test", agencyId,
				Set.of(role)), "編輯測試");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	public static void actAsNobody() {
		SecurityContextHolder.clearContext();
	}

}
