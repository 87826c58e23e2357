package tw.yankao.plan.achievement.web;

import tw.yankao.plan.achievement.AchievementEntry;
import tw.yankao.plan.achievement.AchievementReport;

/** The entry form of an achievement report, every field as typed. */
record AchievementForm(String period, String actual, String numerator, String denominator, String analysis,
		Integer version) {

	static AchievementForm empty(String period) {
		return new AchievementForm(period, "", "", "", "", null);
	}

	/** A form to change an existing draft. */
	static AchievementForm of(AchievementReport report) {
		return new AchievementForm(report.period().code(), plain(report.actual()), plain(report.numerator()),
				plain(report.denominator()), report.analysis() == null ? "" : report.analysis(), report.version());
	}

	AchievementEntry entry() {
		return new AchievementEntry(period, actual, numerator, denominator, analysis, version);
	}

	private static String plain(java.math.BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

}
