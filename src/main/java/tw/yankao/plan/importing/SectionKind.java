package tw.yankao.plan.importing;

import java.util.regex.Pattern;

/** What a part of a plan holds, told from its heading or from a table's header. */
enum SectionKind {

	OBJECTIVES, INDICATORS, PROGRAMMES, PRIOR_YEAR, OTHER;

	private static final Pattern PRIOR = Pattern.compile("上\\s*(\\(\\s*\\d+\\s*\\))?\\s*年度|實施狀況|成果概述|達成情形|原[定訂]目標值");

	/** From a section heading such as {@code 參、年度績效指標} or {@code 第二部分：年度重要施政計畫}. */
	static SectionKind ofHeading(String heading) {
		if (PRIOR.matcher(heading).find()) {
			return PRIOR_YEAR;
		}
		if (heading.contains("指標")) {
			return INDICATORS;
		}
		if (heading.contains("計畫") && (heading.contains("重要") || heading.contains("預算"))) {
			return PROGRAMMES;
		}
		return heading.contains("目標") ? OBJECTIVES : OTHER;
	}

	/** From the header of a table; {@code section} when the header does not tell. */
	static SectionKind ofTable(String header, SectionKind section) {
		if (PRIOR.matcher(header).find()) {
			return PRIOR_YEAR;
		}
		if (header.contains("實施內容") || header.contains("工作計畫") || header.contains("計畫名稱") || header.contains("經費")) {
			return PROGRAMMES;
		}
		if (header.contains("指標")) {
			return section == PRIOR_YEAR ? PRIOR_YEAR : INDICATORS;
		}
		return section;
	}

}
