package tw.yankao.plan.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a part of a plan holds, told from its heading or from a table's header. */
enum SectionKind {

	OBJECTIVES, INDICATORS, PROGRAMMES, PRIOR_YEAR, OTHER;

	private static final int MAX_PART_TITLE = 30;
	private static final Pattern PART_WORDS = Pattern.compile(
			"^(年度|上年度|上\\()|施政目標|策略目標|績效目標|衡量指標|績效指標|重要施政計畫|重要計畫|預算|實施狀況");
	private static final Pattern REVIEWED_YEAR = Pattern.compile("上\\s*\\(\\s*(\\d{2,3})\\s*\\)\\s*年度");
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

	/** The ROC year a prior-year heading names ({@code 上(104)年度} is 104). */
	static Optional<Integer> reviewedYear(String heading) {
		Matcher m = REVIEWED_YEAR.matcher(heading);
		return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
	}

	/**
	 * Whether a heading numbered like an objective ({@code 一、…}) rather names a part of the
	 * plan: short, and saying which part in the words plans use for their parts.
	 */
	static boolean isPartTitle(String heading) {
		String title = Numbering.withoutEnumerator(heading);
		return title.length() <= MAX_PART_TITLE && ofHeading(title) != OTHER && PART_WORDS.matcher(title).find();
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
