package tw.yankao.opendata.datasets;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.DatasetSource;
import tw.yankao.opendata.UpdateFrequency;
import tw.yankao.org.Agency;
import tw.yankao.tracking.ExecutionRate;
import tw.yankao.tracking.TrackingManagement;

import static tw.yankao.opendata.DatasetField.required;
import static tw.yankao.opendata.FieldType.CODE;
import static tw.yankao.opendata.FieldType.DECIMAL;
import static tw.yankao.opendata.FieldType.INTEGER;
import static tw.yankao.opendata.FieldType.MONTH;

/** Tracked item progress: each agency's execution rate of the month, with its lag classes. */
@Component
class ExecutionRateDataset implements DatasetSource {

	static final Dataset DATASET = new Dataset("tcg-tracked-item-progress", "列管計畫執行進度統計", "Tracked item progress",
			"本府各機關列管計畫（含標案）每月進度：列管件數、超前、符合、落後、嚴重落後件數與執行率（超前及符合件數／列管件數）。",
			"Each agency's tracked items per month: items tracked, ahead, on schedule, behind, seriously behind and the execution rate.",
			Publisher.CODE, "政府施政", UpdateFrequency.MONTHLY, Publisher.OFFICE, Publisher.EMAIL,
			List.of("列管", "管考", "執行率", "施政計畫"),
			List.of(required("月份", MONTH, "統計月份（西元年-月）"), required("機關代碼", CODE, "機關代碼"),
					required("機關名稱", CODE, "機關名稱"), required("列管件數", INTEGER, "當月仍列管之件數"),
					required("超前件數", INTEGER, "進度超前件數"), required("符合件數", INTEGER, "進度符合件數"),
					required("落後件數", INTEGER, "進度落後件數"), required("嚴重落後件數", INTEGER, "進度嚴重落後件數"),
					required("執行率", DECIMAL, "超前及符合件數占列管件數百分比")),
			100);

	private final TrackingManagement tracking;
	private final AgencyNames agencies;

	ExecutionRateDataset(TrackingManagement tracking, AgencyNames agencies) {
		this.tracking = tracking;
		this.agencies = agencies;
	}

	@Override
	public Dataset dataset() {
		return DATASET;
	}

	@Override
	public List<List<String>> rows(YearMonth period) {
		Map<Long, Agency> names = agencies.byId();
		List<List<String>> rows = new ArrayList<>();
		for (ExecutionRate rate : tracking.executionRates(period)) {
			Agency agency = rate.agencyId() == null ? null : names.get(rate.agencyId());
			rows.add(java.util.Arrays.asList(period.toString(), agency == null ? null : agency.code(),
					agency == null ? null : agency.nameZh(), String.valueOf(rate.tracked()), String.valueOf(rate.ahead()),
					String.valueOf(rate.onSchedule()), String.valueOf(rate.behind()), String.valueOf(rate.seriouslyBehind()),
					Publisher.percent(rate.rate())));
		}
		return rows;
	}

}
