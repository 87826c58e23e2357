package tw.yankao.plan.achievement;

/** Where an achievement report stands: drafted and editable, submitted by the agency, confirmed by the RDEC. */
public enum AchievementStatus {
	DRAFT, SUBMITTED, CONFIRMED
}
