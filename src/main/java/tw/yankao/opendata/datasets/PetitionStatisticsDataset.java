package tw.yankao.opendata.datasets;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.DatasetSource;
import tw.yankao.opendata.UpdateFrequency;
import tw.yankao.petition.PetitionStatistics;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PetitionRules;

import static tw.yankao.opendata.DatasetField.optional;
import static tw.yankao.opendata.DatasetField.required;
import static tw.yankao.opendata.FieldType.CODE;
import static tw.yankao.opendata.FieldType.INTEGER;
import static tw.yankao.opendata.FieldType.MONTH;

/** Petition statistics per month, district and category: counts only, no case and no person. */
@Component
class PetitionStatisticsDataset implements DatasetSource {

	static final Dataset DATASET = new Dataset("tcg-petition-statistics", "人民陳情案件統計", "Petition statistics",
			"每月各行政區、各案件類別之陳情、派工及市政諮詢案件受理、結案及依限結案件數。",
			"Petitions, dispatch cases and inquiries received, closed and closed in time, per month, district and category.",
			Publisher.CODE, "公共資訊", UpdateFrequency.MONTHLY, Publisher.OFFICE, Publisher.EMAIL,
			List.of("陳情", "1999", "派工", "為民服務"),
			List.of(required("月份", MONTH, "受理月份（西元年-月）"), optional("行政區", CODE, "案件地點之行政區；未載明者為空"),
					required("案件類別代碼", CODE, "城市設定之案件次類別代碼"), required("案件類別", CODE, "案件次類別名稱"),
					required("案件種類", CODE, "PETITION 陳情、DISPATCH 派工、INQUIRY 市政諮詢"),
					required("受理件數", INTEGER, "當月受理件數"), required("結案件數", INTEGER, "其中已結案件數"),
					required("依限結案件數", INTEGER, "其中於期限內結案件數")),
			100);

	private final PetitionStatistics statistics;
	private final PetitionRules rules;

	PetitionStatisticsDataset(PetitionStatistics statistics, CityProfile profile) {
		this.statistics = statistics;
		this.rules = profile.petitions();
	}

	@Override
	public Dataset dataset() {
		return DATASET;
	}

	@Override
	public List<List<String>> rows(YearMonth period) {
		List<List<String>> rows = new ArrayList<>();
		for (PetitionStatistics.MonthlyCount count : statistics.monthly(period)) {
			String name = rules.category(count.category()).map(PetitionRules.Category::nameZh).orElse(count.category());
			rows.add(Arrays.asList(period.toString(), count.district(), count.category(), name, count.kind().name(),
					String.valueOf(count.received()), String.valueOf(count.closed()), String.valueOf(count.closedInTime())));
		}
		return rows;
	}

}
