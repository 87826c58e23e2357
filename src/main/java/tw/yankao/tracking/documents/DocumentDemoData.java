package tw.yankao.tracking.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyKind;
import tw.yankao.shared.demo.DemoDataset;
import tw.yankao.shared.time.RocDates;

/**
 * About 20,000 synthetic documents received over the twelve months before the current one, for
 * the first-level agencies and district offices of the demo city. Mostly closed on time; each
 * agency has its own share of late ones (0.5 % to 6 %), so that some rank over the 3 % line.
 * The same seed gives the same documents on every start.
 */
@Component
class DocumentDemoData implements DemoDataset {

	static final String PREFIX = "DEMO-";

	private static final Logger log = LoggerFactory.getLogger(DocumentDemoData.class);

	private static final int DOCUMENTS_PER_AGENCY_MONTH_AVERAGE = 30;

	private final AgencyDirectory agencies;
	private final DueDates dueDates;
	private final DocumentStore store;
	private final JdbcClient jdbc;
	private final Clock clock;

	DocumentDemoData(AgencyDirectory agencies, DueDates dueDates, DocumentStore store, JdbcClient jdbc, Clock clock) {
		this.agencies = agencies;
		this.dueDates = dueDates;
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 31;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select exists (select 1 from tracking_document where doc_number like 'DEMO-%')")
			.query(Boolean.class)
			.single();
	}

	@Override
	public void load() {
		long start = System.nanoTime();
		List<OfficialDocument> documents = documents(LocalDate.now(clock.withZone(RocDates.ZONE)));
		store.upsert(documents);
		log.info("Loaded {} demo documents in {} ms", documents.size(), (System.nanoTime() - start) / 1_000_000);
	}

	/** The documents received in the twelve months before {@code today}'s month, judged as of today. */
	List<OfficialDocument> documents(LocalDate today) {
		Random random = new Random(20_261_124L);
		List<Agency> handling = agencies.all().stream()
			.filter(a -> a.kind() == AgencyKind.FIRST_LEVEL || a.kind() == AgencyKind.DISTRICT_OFFICE)
			.toList();
		List<OfficialDocument> documents = new ArrayList<>();
		YearMonth current = YearMonth.from(today);
		for (Agency agency : handling) {
			double lateShare = 0.005 + random.nextDouble() * 0.055;
			for (YearMonth month = current.minusMonths(12); month.isBefore(current); month = month.plusMonths(1)) {
				int count = DOCUMENTS_PER_AGENCY_MONTH_AVERAGE / 2 + random.nextInt(DOCUMENTS_PER_AGENCY_MONTH_AVERAGE);
				for (int i = 0; i < count; i++) {
					documents.add(document(agency, month, i, lateShare, today, random));
				}
			}
		}
		return documents;
	}

	private OfficialDocument document(Agency agency, YearMonth month, int index, double lateShare, LocalDate today,
			Random random) {
		LocalDate received = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
		int u = random.nextInt(10);
		String urgency = u == 0 ? "MOST_URGENT" : u < 4 ? "URGENT" : "NORMAL";
		int c = random.nextInt(20);
		String category = c < 12 ? "GENERAL" : c < 16 ? "CO_SIGNED" : c < 19 ? "APPLICATION" : "APPEAL_REPLY";
		LocalDate due = dueDates.dueDate(urgency, received);
		LocalDate closed = random.nextDouble() < lateShare
				? due.plusDays(1 + random.nextInt(10))
				: received.plusDays(random.nextInt((int) (due.toEpochDay() - received.toEpochDay()) + 1));
		String number = PREFIX + agency.code() + "-" + month + "-" + index;
		return new OfficialDocument(number, agency.id(), urgency, category, received, due,
				closed.isAfter(today) ? null : closed, false);
	}

}
