package tw.yankao.petition.calls;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.shared.DataChanged;
import tw.yankao.shared.csv.CsvFile;

/**
 * Imports the telephony system's call records (CSV in UTF-8 with or without BOM, or Big5; header
 * names in {@link CallColumn}). All-or-nothing: every row is checked first, and one bad row rejects
 * the file with every bad row named by line and column. Idempotent by call id: a call already
 * stored is left as it is, so importing the same file twice adds nothing.
 *
 * <p>Times are local, {@code 2003-05-06 09:15:02} (also with {@code T} or {@code /}, seconds
 * optional). The abandoned flag is Y/N, 1/0, true/false, yes/no or 是/否.
 */
@Service
public class CallImport {

	/** How many checked rows a preview shows. */
	public static final int PREVIEW_ROWS = 10;

	private static final int MAX_TEXT = 64;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss]", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Set<String> YES = Set.of("y", "yes", "1", "true", "是");

	private static final Set<String> NO = Set.of("n", "no", "0", "false", "否");

	/**
	 * A file that passed every check.
	 *
	 * @param rows the number of calls in it
	 * @param preview its first {@link #PREVIEW_ROWS} calls
	 * @param created calls new to the database, 0 for a preview
	 * @param skipped calls already stored and left as they were, 0 for a preview
	 */
	public record Result(int rows, List<CallRecord> preview, int created, int skipped) {
	}

	private final CallStore store;
	private final ApplicationEventPublisher events;

	CallImport(CallStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	/** Checks a file without storing anything. */
	public Result preview(byte[] bytes) {
		List<CallRecord> calls = check(bytes);
		return new Result(calls.size(), preview(calls), 0, 0);
	}

	/** @throws CallImportRejected listing every bad row; nothing is stored then */
	@Transactional
	public Result importFile(String fileName, byte[] bytes) {
		List<CallRecord> calls = check(bytes);
		int created = store.insertNew(calls);
		// One audit entry per file: an entry per call would multiply a 100,000-row import's time.
		events.publishEvent(new DataChanged("call-import", String.valueOf(fileName), "IMPORT", null,
				Map.of("rows", calls.size(), "created", created)));
		return new Result(calls.size(), preview(calls), created, calls.size() - created);
	}

	private static List<CallRecord> preview(List<CallRecord> calls) {
		return List.copyOf(calls.subList(0, Math.min(PREVIEW_ROWS, calls.size())));
	}

	private static List<CallRecord> check(byte[] bytes) {
		CsvFile file = CsvFile.read(bytes);
		List<CallImportRejected.RowError> errors = new ArrayList<>();
		Map<CallColumn, Integer> columns = new EnumMap<>(CallColumn.class);
		for (CallColumn column : CallColumn.values()) {
			int index = column.indexIn(file.header());
			if (index < 0 && column.required) {
				errors.add(new CallImportRejected.RowError(1, column.zh(), "calls.import.missing-column", column.zh()));
			}
			columns.put(column, index);
		}
		file.unclosedQuoteLine().ifPresent(line ->
				errors.add(new CallImportRejected.RowError(line, "", "calls.import.unclosed-quote")));
		if (file.rows().isEmpty() && errors.isEmpty()) {
			errors.add(new CallImportRejected.RowError(0, "", "calls.import.empty"));
		}
		if (!errors.isEmpty()) {
			throw new CallImportRejected(errors);
		}
		Map<String, Integer> lineOfId = new HashMap<>();
		List<CallRecord> calls = new ArrayList<>(file.rows().size());
		for (CsvFile.Row row : file.rows()) {
			CallRecord call = new RowReader(row, columns, errors).call(lineOfId);
			if (call != null) {
				calls.add(call);
			}
		}
		if (!errors.isEmpty()) {
			throw new CallImportRejected(errors);
		}
		return calls;
	}

	/** Reads one row's fields, adding an error for each bad one. */
	private record RowReader(CsvFile.Row row, Map<CallColumn, Integer> columns, List<CallImportRejected.RowError> errors) {

		CallRecord call(Map<String, Integer> lineOfId) {
			int errorsBefore = errors.size();
			String id = required(CallColumn.CALL_ID);
			if (!id.isEmpty()) {
				Integer first = lineOfId.putIfAbsent(id, row.line());
				if (first != null) {
					error(CallColumn.CALL_ID, "calls.import.duplicate-id", id, first);
				}
			}
			String queue = required(CallColumn.QUEUE);
			String agent = text(CallColumn.AGENT);
			if (agent.length() > MAX_TEXT) {
				error(CallColumn.AGENT, "calls.import.too-long", MAX_TEXT);
			}
			LocalDateTime started = time(CallColumn.STARTED, true);
			LocalDateTime answered = time(CallColumn.ANSWERED, false);
			LocalDateTime ended = time(CallColumn.ENDED, true);
			Boolean abandoned = flag(CallColumn.ABANDONED);
			if (started != null && answered != null && answered.isBefore(started)) {
				error(CallColumn.ANSWERED, "calls.import.answered-before-start", text(CallColumn.ANSWERED));
			}
			if (started != null && ended != null && ended.isBefore(started)) {
				error(CallColumn.ENDED, "calls.import.ended-before-start", text(CallColumn.ENDED));
			}
			if (answered != null && ended != null && ended.isBefore(answered)) {
				error(CallColumn.ENDED, "calls.import.ended-before-answer", text(CallColumn.ENDED));
			}
			if (Boolean.TRUE.equals(abandoned) && answered != null) {
				error(CallColumn.ABANDONED, "calls.import.abandoned-but-answered", text(CallColumn.ABANDONED));
			}
			if (errors.size() > errorsBefore) {
				return null;
			}
			return new CallRecord(id, queue, started, answered, ended, agent.isEmpty() ? null : agent, abandoned);
		}

		private String required(CallColumn column) {
			String text = text(column);
			if (text.isEmpty()) {
				error(column, "calls.import.required");
			}
			else if (text.length() > MAX_TEXT) {
				error(column, "calls.import.too-long", MAX_TEXT);
			}
			return text;
		}

		private LocalDateTime time(CallColumn column, boolean required) {
			String text = text(column);
			if (text.isEmpty()) {
				if (required) {
					error(column, "calls.import.required");
				}
				return null;
			}
			try {
				return LocalDateTime.parse(text.replace('/', '-').replace('T', ' '), TIME);
			}
			catch (DateTimeParseException ex) {
				error(column, "calls.import.bad-time", text);
				return null;
			}
		}

		private Boolean flag(CallColumn column) {
			String text = text(column).toLowerCase(Locale.ROOT);
			if (YES.contains(text)) {
				return true;
			}
			if (NO.contains(text)) {
				return false;
			}
			error(column, "calls.import.unknown-flag", text(column));
			return null;
		}

		private String text(CallColumn column) {
			int index = columns.get(column);
			return index < 0 ? "" : row.field(index);
		}

		private void error(CallColumn column, String key, Object... arguments) {
			errors.add(new CallImportRejected.RowError(row.line(), column.zh(), key, arguments));
		}

	}

}
