package tw.yankao.tracking.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.csv.CsvFile;
import tw.yankao.shared.profile.DocumentRules;
import tw.yankao.shared.time.RocDates;

/**
 * Imports the document list the document system exports (CSV in UTF-8 or Big5, or XLSX), upserting
 * by document number. All-or-nothing: every row is checked first, and one bad row rejects the file
 * with every bad row named by line and column. An importer outside the RDEC imports only documents
 * of the agencies in their scope.
 *
 * <p>Columns, by header (Chinese or English): 文號/doc_number, 機關/agency (code or Chinese name),
 * 速別/urgency, 類別/category, 收文日期/received_on, 限辦日期/due_on (optional: computed from the
 * urgency when empty), 辦結日期/closed_on (empty while open). Dates ISO or ROC.
 */
@Service
public class DocumentImport {

	/** How many checked rows a preview shows. */
	public static final int PREVIEW_ROWS = 10;

	/**
	 * A file that passed every check.
	 *
	 * @param rows the number of documents in it
	 * @param preview its first {@link #PREVIEW_ROWS} documents
	 * @param created documents new to the database, 0 for a preview
	 * @param updated documents that replaced stored ones, 0 for a preview
	 */
	public record Result(int rows, List<OfficialDocument> preview, int created, int updated) {
	}

	private enum Column {
		DOC_NUMBER("文號", "doc_number"), AGENCY("機關", "agency"), URGENCY("速別", "urgency"), CATEGORY("類別", "category"),
		RECEIVED("收文日期", "received_on"), DUE("限辦日期", "due_on"), CLOSED("辦結日期", "closed_on");

		final String zh;
		final String en;

		Column(String zh, String en) {
			this.zh = zh;
			this.en = en;
		}

		boolean optional() {
			return this == DUE || this == CLOSED;
		}
	}

	private final DueDates dueDates;
	private final AgencyDirectory agencies;
	private final AgencyScope scope;
	private final DocumentStore store;
	private final ApplicationEventPublisher events;

	DocumentImport(DueDates dueDates, AgencyDirectory agencies, AgencyScope scope, DocumentStore store,
			ApplicationEventPublisher events) {
		this.dueDates = dueDates;
		this.agencies = agencies;
		this.scope = scope;
		this.store = store;
		this.events = events;
	}

	/** Checks a file without storing anything. */
	public Result preview(byte[] bytes) {
		List<OfficialDocument> documents = check(bytes);
		return new Result(documents.size(), preview(documents), 0, 0);
	}

	/** @throws DocumentImportRejected listing every bad row; nothing is stored then */
	@Transactional
	public Result importFile(String fileName, byte[] bytes) {
		List<OfficialDocument> documents = check(bytes);
		DocumentStore.Upserted upserted = store.upsert(documents);
		// One audit entry per file: an entry per row would double a 200,000-row import's time.
		events.publishEvent(new DataChanged("document-import", fileName, "IMPORT", null,
				Map.of("rows", documents.size(), "created", upserted.created(), "updated", upserted.updated())));
		return new Result(documents.size(), preview(documents), upserted.created(), upserted.updated());
	}

	private static List<OfficialDocument> preview(List<OfficialDocument> documents) {
		return List.copyOf(documents.subList(0, Math.min(PREVIEW_ROWS, documents.size())));
	}

	private List<OfficialDocument> check(byte[] bytes) {
		DocumentTable table = DocumentTable.read(bytes);
		List<DocumentImportRejected.RowError> errors = new ArrayList<>();
		Map<Column, Integer> columns = columns(table, errors);
		if (table.rows().isEmpty() && errors.isEmpty()) {
			errors.add(new DocumentImportRejected.RowError(0, "", "documents.import.empty"));
		}
		if (!errors.isEmpty()) {
			throw new DocumentImportRejected(errors);
		}
		Map<String, Agency> agencyByKey = agencies.byCodeAndChineseName();
		Map<String, Integer> lineOfNumber = new HashMap<>();
		List<OfficialDocument> documents = new ArrayList<>(table.rows().size());
		for (CsvFile.Row row : table.rows()) {
			RowReader reader = new RowReader(row, columns, errors);
			String number = reader.text(Column.DOC_NUMBER);
			Integer first = number.isEmpty() ? null : lineOfNumber.putIfAbsent(number, row.line());
			if (first != null) {
				reader.error(Column.DOC_NUMBER, "documents.import.duplicate-number", number, first);
			}
			reader.document(number, agencyByKey).ifPresent(documents::add);
		}
		if (!errors.isEmpty()) {
			throw new DocumentImportRejected(errors);
		}
		return documents;
	}

	private static Map<Column, Integer> columns(DocumentTable table, List<DocumentImportRejected.RowError> errors) {
		Map<Column, Integer> columns = new LinkedHashMap<>();
		for (Column column : Column.values()) {
			int index = table.column(column.zh, column.en);
			if (index < 0 && !column.optional()) {
				errors.add(new DocumentImportRejected.RowError(1, column.zh, "documents.import.missing-column", column.zh));
			}
			columns.put(column, index);
		}
		return columns;
	}

	/** Reads one row's fields, adding an error for each bad one. */
	private final class RowReader {

		private final CsvFile.Row row;
		private final Map<Column, Integer> columns;
		private final List<DocumentImportRejected.RowError> errors;
		private final int errorsBefore;

		RowReader(CsvFile.Row row, Map<Column, Integer> columns, List<DocumentImportRejected.RowError> errors) {
			this.row = row;
			this.columns = columns;
			this.errors = errors;
			this.errorsBefore = errors.size();
		}

		Optional<OfficialDocument> document(String number, Map<String, Agency> agencyByKey) {
			if (number.isEmpty()) {
				error(Column.DOC_NUMBER, "documents.import.required");
			}
			else if (number.length() > 64) {
				error(Column.DOC_NUMBER, "documents.import.too-long", 64);
			}
			Agency agency = agencyByKey.get(text(Column.AGENCY));
			if (agency == null) {
				error(Column.AGENCY, "documents.import.unknown-agency", text(Column.AGENCY));
			}
			else if (!scope.canAccess(agency.id())) {
				error(Column.AGENCY, "documents.import.outside-scope", text(Column.AGENCY));
			}
			Optional<DocumentRules.UrgencyClass> urgency = dueDates.urgency(text(Column.URGENCY));
			if (urgency.isEmpty()) {
				error(Column.URGENCY, "documents.import.unknown-urgency", text(Column.URGENCY));
			}
			Optional<DocumentRules.Category> category = dueDates.category(text(Column.CATEGORY));
			if (category.isEmpty()) {
				error(Column.CATEGORY, "documents.import.unknown-category", text(Column.CATEGORY));
			}
			LocalDate received = date(Column.RECEIVED);
			if (received == null && text(Column.RECEIVED).isEmpty()) {
				error(Column.RECEIVED, "documents.import.required");
			}
			LocalDate due = date(Column.DUE);
			LocalDate closed = date(Column.CLOSED);
			if (received != null && due != null && due.isBefore(received)) {
				error(Column.DUE, "documents.import.before-received", text(Column.DUE));
			}
			if (received != null && closed != null && closed.isBefore(received)) {
				error(Column.CLOSED, "documents.import.before-received", text(Column.CLOSED));
			}
			if (errors.size() > errorsBefore) {
				return Optional.empty();
			}
			String urgencyCode = urgency.get().code();
			LocalDate dueOn = due != null ? due : dueDates.dueDate(urgencyCode, received);
			return Optional.of(new OfficialDocument(number, agency.id(), urgencyCode, category.get().code(), received,
					dueOn, closed, due != null));
		}

		String text(Column column) {
			int index = columns.get(column);
			return index < 0 ? "" : row.field(index);
		}

		void error(Column column, String key, Object... arguments) {
			errors.add(new DocumentImportRejected.RowError(row.line(), column.zh, key, arguments));
		}

		private LocalDate date(Column column) {
			String text = text(column);
			if (text.isEmpty()) {
				return null;
			}
			try {
				return RocDates.parse(text);
			}
			catch (IllegalArgumentException ex) {
				error(column, "documents.import.bad-date", text);
				return null;
			}
		}

	}

}
