package tw.yankao.tracking.council;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.demo.DemoDataset;
import tw.yankao.shared.time.RocDates;
import tw.yankao.tracking.TrackedItemStatus;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.council.CouncilQuestion.ReplyState;
import tw.yankao.tracking.internal.TrackedItems;

/**
 * Two regular sessions of the demo council's 4th term, dated from today: the earlier one past its
 * reply deadline (most replies on time, two late, one never answered), the later one still within
 * it (some approved, some drafted or awaiting the head, some open). Councillors' names are made up.
 * Items are written straight to the stores, since demo data loads with no signed-in user.
 */
@Component
class CouncilDemoData implements DemoDataset {

	static final int TERM = 4;

	private static final Logger log = LoggerFactory.getLogger(CouncilDemoData.class);

	/** Owner agency code, kind, subject, councillors, text, reply outcome. */
	private record Demo(String agency, TrackedItemType type, String subject, String councillors, String text,
			Outcome outcome) {
	}

	/** How the demo reply ends: on time (days before the deadline), late (days after), drafted, submitted or open. */
	private record Outcome(ReplyState state, int daysFromDeadline) {
	}

	private static final Outcome OPEN = new Outcome(ReplyState.OPEN, 0);
	private static final Outcome DRAFT = new Outcome(ReplyState.DRAFT, 0);
	private static final Outcome SUBMITTED = new Outcome(ReplyState.SUBMITTED, 0);

	private static Outcome onTime(int daysBefore) {
		return new Outcome(ReplyState.APPROVED, -daysBefore);
	}

	private static Outcome late(int daysAfter) {
		return new Outcome(ReplyState.APPROVED, daysAfter);
	}

	private static final TrackedItemType RES = TrackedItemType.COUNCIL_RESOLUTION;
	private static final TrackedItemType Q = TrackedItemType.COUNCILLOR_QUESTION;

	private static final List<Demo> EARLIER = List.of(
			new Demo("TCG-CON", RES, "請市府編列預算全面改善市區人行道平整度", "市議會", "建請市府於明年度編列專款，優先改善北屯區、西屯區學區周邊人行道。", onTime(12)),
			new Demo("TCG-CON", Q, "文心路路面坑洞修補進度", "林文華議員", "文心路三段近日坑洞頻傳，請說明修補時程及路平專案執行情形。", onTime(5)),
			new Demo("TCG-TRA", Q, "增開山線公車班次", "陳怡君議員、張志明議員", "豐原、東勢地區公車班距過長，請交通局評估增班並說明補貼方式。", onTime(8)),
			new Demo("TCG-TRA", RES, "檢討市區路邊停車收費費率", "市議會", "請市府檢討各商圈路邊停車費率，並於下次定期會前提出報告。", late(6)),
			new Demo("TCG-EPB", Q, "秋冬空氣品質改善措施", "黃淑芬議員", "請說明秋冬季空污應變措施及電廠減煤進度。", onTime(3)),
			new Demo("TCG-EDU", Q, "國中小校舍耐震補強", "李建國議員", "請列出尚未完成耐震補強之校舍及預定完成時程。", onTime(15)),
			new Demo("TCG-SOC", Q, "長照據點布建情形", "吳佩珊議員", "請說明各行政區長照巷弄站布建數量及偏鄉服務缺口。", onTime(1)),
			new Demo("TCG-HEA", Q, "流感疫苗接種站設置", "周俊宏議員", "請說明今年公費流感疫苗接種站分布及預約方式。", late(2)),
			new Demo("TCG-AGR", Q, "颱風農損補助發放進度", "許雅婷議員", "請說明颱風農損現金救助之受理件數及撥款進度。", onTime(10)),
			new Demo("TCG-UDB", RES, "加速推動老舊社區都市更新", "市議會", "建請市府簡化都更審議流程，並設置單一窗口協助民眾。", OPEN));

	private static final List<Demo> LATER = List.of(
			new Demo("TCG-CON", Q, "路燈故障維修時效", "林文華議員", "市民反映路燈故障報修後多日未修復，請說明維修時效及改善作法。", onTime(4)),
			new Demo("TCG-CON", Q, "人行道違規停車取締", "鄭志豪議員", "請說明人行道淨空計畫之執行成果。", SUBMITTED),
			new Demo("TCG-TRA", Q, "捷運藍線路網規劃進度", "陳怡君議員", "請說明捷運藍線綜合規劃報告審查進度及後續期程。", DRAFT),
			new Demo("TCG-TRA", RES, "增設校園周邊行人早到燈號", "市議會", "建請市府於國小周邊路口增設行人早開時相。", onTime(2)),
			new Demo("TCG-EPB", Q, "垃圾清運車收運時間調整", "黃淑芬議員", "請評估夜間收運路線調整，減少市民等候時間。", OPEN),
			new Demo("TCG-ECO", Q, "工業區招商成果", "王俊傑議員", "請說明本年度工業區招商家數、投資金額及就業人數。", onTime(6)),
			new Demo("TCG-TOU", Q, "花博園區活化利用", "蔡宜蓁議員", "請說明后里花博園區場館活化方案及營運成效。", OPEN),
			new Demo("TCG-POL", Q, "易肇事路口改善", "李建國議員", "請列出本市十大易肇事路口及改善措施。", SUBMITTED),
			new Demo("TCG-CUL", Q, "地方文化館補助", "吳佩珊議員", "請說明地方文化館補助經費分配原則。", onTime(9)),
			new Demo("TCG-WRB", RES, "加速易淹水地區排水改善", "市議會", "建請市府優先辦理大里、太平易淹水地區排水改善工程。", OPEN));

	private final CouncilStore store;
	private final TrackedItems items;
	private final AgencyDirectory agencies;
	private final JdbcClient jdbc;
	private final Clock clock;

	CouncilDemoData(CouncilStore store, TrackedItems items, AgencyDirectory agencies, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.items = items;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 34;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select exists (select 1 from tracking_council_sessions where term = ?)").param(TERM)
			.query(Boolean.class).single();
	}

	@Override
	@Transactional
	public void load() {
		LocalDate today = LocalDate.now(clock.withZone(RocDates.ZONE));
		int loaded = session(5, today.minusDays(150), today.minusDays(90), EARLIER, today)
				+ session(6, today.minusDays(40), today.minusDays(5), LATER, today);
		log.info("Loaded {} demo council questions", loaded);
	}

	private int session(int number, LocalDate starts, LocalDate ends, List<Demo> demos, LocalDate today) {
		CouncilSessionEntry entry = new CouncilSessionEntry(TERM, CouncilSession.Kind.REGULAR, number, starts, ends, null);
		CouncilSession session = store.session(store.insertSession(entry, ends.plusDays(30))).orElseThrow();
		int count = 0;
		int resolutions = 0;
		int questions = 0;
		for (Demo demo : demos) {
			long owner = agencies.findByCode(demo.agency()).orElseThrow().id();
			String no = String.valueOf(demo.type() == RES ? ++resolutions : ++questions);
			CouncilQuestionEntry question = new CouncilQuestionEntry(demo.type(), no, demo.councillors(), demo.subject(),
					demo.text(), owner, List.of(), null);
			LocalDate due = session.replyDueOn();
			boolean approved = demo.outcome().state() == ReplyState.APPROVED;
			TrackedItemStatus status = approved ? TrackedItemStatus.COMPLETED : TrackedItemStatus.TRACKED;
			long itemId = items.insert(CouncilManagement.trackedItem(session, question, due, status), clock.instant());
			store.insertQuestion(itemId, session.id(), question, due);
			reply(itemId, demo, due, today);
			count++;
		}
		return count;
	}

	private void reply(long itemId, Demo demo, LocalDate due, LocalDate today) {
		ReplyState state = demo.outcome().state();
		if (state == ReplyState.OPEN) {
			return;
		}
		String text = "本府已就「" + demo.subject() + "」研議辦理，相關執行情形及後續期程說明如下：一、已完成現況盤點；二、將於年度預算內持續推動，並定期向大院報告。";
		store.saveReply(itemId, 0, state == ReplyState.DRAFT ? ReplyState.DRAFT : ReplyState.SUBMITTED, text, "liaison");
		if (state == ReplyState.APPROVED) {
			LocalDate day = due.plusDays(demo.outcome().daysFromDeadline());
			LocalDate replied = day.isAfter(today) ? today : day;
			store.approve(itemId, 1, "head", ZonedDateTime.of(replied, LocalTime.of(10, 0), RocDates.ZONE).toInstant(),
					replied.isAfter(due));
		}
	}

}
