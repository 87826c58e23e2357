package tw.yankao.opendata.datasets;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.DatasetSource;
import tw.yankao.opendata.UpdateFrequency;
import tw.yankao.org.Agency;
import tw.yankao.tracking.documents.AgencyTimeliness;
import tw.yankao.tracking.documents.DocumentTimeliness;

import static tw.yankao.opendata.DatasetField.optional;
import static tw.yankao.opendata.DatasetField.required;
import static tw.yankao.opendata.FieldType.CODE;
import static tw.yankao.opendata.FieldType.DECIMAL;
import static tw.yankao.opendata.FieldType.INTEGER;
import static tw.yankao.opendata.FieldType.MONTH;

/** Document timeliness by agency: the month's ranking by overdue ratio, as the city publishes it. */
@Component
class DocumentTimelinessDataset implements DatasetSource {

	static final Dataset DATASET = new Dataset("tcg-document-timeliness", "各機關公文時效統計", "Document timeliness by agency",
			"本府各機關每月收文、結案、逾期及依限辦結件數，依逾期比率排名。",
			"Official documents each agency received, closed, closed on time and overdue per month, ranked by overdue ratio.",
			Publisher.CODE, "政府施政", UpdateFrequency.MONTHLY, Publisher.OFFICE, Publisher.EMAIL,
			List.of("公文", "時效", "逾期", "依限辦結"),
			List.of(required("月份", MONTH, "統計月份（西元年-月）"), required("排名", INTEGER, "依逾期比率由高至低之名次"),
					required("機關代碼", CODE, "機關代碼"), required("機關名稱", CODE, "機關名稱"),
					required("收文件數", INTEGER, "當月收文件數"), required("結案件數", INTEGER, "其中已結案件數"),
					required("逾期件數", INTEGER, "其中逾期件數"), required("依限結案件數", INTEGER, "其中依限辦結件數"),
					required("逾期比率", DECIMAL, "逾期件數占收文件數百分比"),
					optional("依限結案比率", DECIMAL, "依限辦結件數占結案件數百分比；無結案時為空")),
			95);

	private final DocumentTimeliness timeliness;
	private final AgencyNames agencies;

	DocumentTimelinessDataset(DocumentTimeliness timeliness, AgencyNames agencies) {
		this.timeliness = timeliness;
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
		for (AgencyTimeliness agency : timeliness.ranking(period).agencies()) {
			Agency named = names.get(agency.agencyId());
			rows.add(Arrays.asList(period.toString(), String.valueOf(agency.rank()), named == null ? null : named.code(),
					named == null ? null : named.nameZh(), String.valueOf(agency.received()), String.valueOf(agency.closed()),
					String.valueOf(agency.overdue()), String.valueOf(agency.closedOnTime()), plain(agency.overduePercent()),
					plain(agency.onTimeClosurePercent())));
		}
		return rows;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

}
