package tw.yankao.tracking.tenders;

import java.util.List;

/**
 * The columns of a procurement export, each with the header names that exports are known to use
 * (Chinese and English). The first name is the one errors show.
 */
enum TenderColumn {

	NUMBER(true, "標案案號", "案號", "標案編號", "tender_number", "tender number", "tender no"),
	TITLE(true, "標案名稱", "案名", "tender_name", "tender name", "title"),
	AGENCY(true, "主辦機關", "機關", "機關名稱", "機關代碼", "agency"),
	BUDGET(true, "預算金額", "預算", "budget", "budget_amount"),
	AWARD(false, "決標金額", "award_amount", "award amount", "award"),
	YEAR(true, "年度", "year"),
	MONTH(true, "月份", "月", "month"),
	PLANNED(true, "預定進度", "預定進度(%)", "預定進度（%）", "planned", "planned_percent", "planned progress"),
	ACTUAL(true, "實際進度", "實際進度(%)", "實際進度（%）", "actual", "actual_percent", "actual progress");

	final boolean required;
	final List<String> names;

	TenderColumn(boolean required, String... names) {
		this.required = required;
		this.names = List.of(names);
	}

	String label() {
		return names.get(0);
	}

}
