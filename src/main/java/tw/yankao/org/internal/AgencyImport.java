package tw.yankao.org.internal;

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
import tw.yankao.org.AgencyKind;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.csv.CsvFile;
import tw.yankao.shared.time.RocDates;

/**
 * Imports agencies from CSV (UTF-8 or Big5), creating new codes and updating known ones.
 * All-or-nothing: every row is checked first, and one bad row rejects the file with the list of
 * every bad row, naming its line and field.
 *
 * <p>Columns, by header (Chinese or English): 代碼/code, 上級代碼/parent_code, 類別/kind,
 * 中文名稱/name_zh, 英文名稱/name_en, 生效日期/active_from, 停用日期/active_to, 排序/sort_order
 * (optional). Dates may be ISO or ROC.
 */
@Service
public class AgencyImport {

	/** What an accepted file did. */
	public record Result(int created, int updated) {
	}

	private static final Map<String, String[]> COLUMNS = new LinkedHashMap<>();
	static {
		COLUMNS.put("code", new String[] { "代碼", "機關代碼", "code" });
		COLUMNS.put("parentCode", new String[] { "上級代碼", "上級機關代碼", "parent_code" });
		COLUMNS.put("kind", new String[] { "類別", "kind" });
		COLUMNS.put("nameZh", new String[] { "中文名稱", "name_zh" });
		COLUMNS.put("nameEn", new String[] { "英文名稱", "name_en" });
		COLUMNS.put("activeFrom", new String[] { "生效日期", "active_from" });
		COLUMNS.put("activeTo", new String[] { "停用日期", "active_to" });
		COLUMNS.put("sortOrder", new String[] { "排序", "sort_order" });
	}

	private final Agencies agencies;
	private final ApplicationEventPublisher events;

	AgencyImport(Agencies agencies, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.events = events;
	}

	@Transactional
	public Result importCsv(byte[] bytes) {
		CsvFile file = CsvFile.read(bytes);
		List<ImportRejected.RowError> errors = new ArrayList<>();
		Map<String, Integer> columns = columns(file, errors);
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		Map<String, AgencyDraft> drafts = new LinkedHashMap<>();
		Map<String, Integer> lines = new HashMap<>();
		for (CsvFile.Row row : file.rows()) {
			draft(row, columns, errors).ifPresent(draft -> {
				if (drafts.putIfAbsent(draft.code(), draft) != null) {
					errors.add(new ImportRejected.RowError(row.line(), "代碼", "agency.error.code-repeated",
							draft.code()));
				}
				lines.putIfAbsent(draft.code(), row.line());
			});
		}
		drafts.values().forEach(draft -> check(draft, drafts, lines.get(draft.code()), errors));
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		return apply(drafts);
	}

	private static Map<String, Integer> columns(CsvFile file, List<ImportRejected.RowError> errors) {
		Map<String, Integer> columns = new HashMap<>();
		COLUMNS.forEach((key, names) -> {
			int index = file.column(names);
			if (index < 0 && !key.equals("activeTo") && !key.equals("sortOrder")) {
				errors.add(new ImportRejected.RowError(1, names[0], "agency.import.missing-column", names[0]));
			}
			columns.put(key, index);
		});
		return columns;
	}

	private static Optional<AgencyDraft> draft(CsvFile.Row row, Map<String, Integer> columns,
			List<ImportRejected.RowError> errors) {
		int before = errors.size();
		String kindText = value(row, columns, "kind");
		Optional<AgencyKind> kind = AgencyKind.parse(kindText);
		if (kind.isEmpty()) {
			errors.add(new ImportRejected.RowError(row.line(), "類別", "agency.import.bad-kind", kindText));
		}
		LocalDate from = date(row, columns, "activeFrom", "生效日期", errors);
		LocalDate to = date(row, columns, "activeTo", "停用日期", errors);
		int sortOrder = 0;
		String sortText = value(row, columns, "sortOrder");
		if (!sortText.isEmpty()) {
			try {
				sortOrder = Integer.parseInt(sortText);
			}
			catch (NumberFormatException ex) {
				errors.add(new ImportRejected.RowError(row.line(), "排序", "agency.import.bad-number", sortText));
			}
		}
		if (errors.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new AgencyDraft(value(row, columns, "code"), value(row, columns, "parentCode"),
				kind.get(), value(row, columns, "nameZh"), value(row, columns, "nameEn"), from, to, sortOrder));
	}

	private static LocalDate date(CsvFile.Row row, Map<String, Integer> columns, String key, String label,
			List<ImportRejected.RowError> errors) {
		String text = value(row, columns, key);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return RocDates.parse(text);
		}
		catch (IllegalArgumentException ex) {
			errors.add(new ImportRejected.RowError(row.line(), label, "agency.import.bad-date", text));
			return null;
		}
	}

	private static String value(CsvFile.Row row, Map<String, Integer> columns, String key) {
		int index = columns.get(key);
		return index < 0 ? "" : row.field(index);
	}

	private void check(AgencyDraft draft, Map<String, AgencyDraft> drafts, int line,
			List<ImportRejected.RowError> errors) {
		AgencyRules.check(draft, code -> lookUp(code, drafts))
			.forEach(error -> errors.add(new ImportRejected.RowError(line, ImportRejected.label(error.field()),
					error.messageKey(), error.arguments())));
		if (ancestorsLoop(draft.code(), drafts)) {
			errors.add(new ImportRejected.RowError(line, "上級代碼", "agency.error.parent-cycle", draft.parentCode()));
		}
	}

	/** An agency of the file, as the file will leave it, or else of the database. */
	private Optional<Agency> lookUp(String code, Map<String, AgencyDraft> drafts) {
		AgencyDraft draft = drafts.get(code);
		if (draft != null) {
			return Optional.of(new Agency(0, draft.code(), null, draft.kind(), draft.nameZh(), draft.nameEn(),
					draft.activeFrom(), draft.activeTo(), draft.sortOrder()));
		}
		return agencies.findByCode(code);
	}

	private boolean ancestorsLoop(String code, Map<String, AgencyDraft> drafts) {
		String current = code;
		for (int depth = 0; depth < 64; depth++) {
			String parent = parentCode(current, drafts);
			if (parent == null || parent.isBlank()) {
				return false;
			}
			if (parent.equals(code)) {
				return true;
			}
			current = parent;
		}
		return true;
	}

	private String parentCode(String code, Map<String, AgencyDraft> drafts) {
		AgencyDraft draft = drafts.get(code);
		if (draft != null) {
			return draft.parentCode();
		}
		return agencies.findByCode(code)
			.map(Agency::parentId)
			.flatMap(id -> id == null ? Optional.empty() : agencies.findById(id))
			.map(Agency::code)
			.orElse(null);
	}

	/** Parents first, so that every child finds its parent's id. */
	private Result apply(Map<String, AgencyDraft> drafts) {
		int created = 0;
		int updated = 0;
		List<AgencyDraft> pending = new ArrayList<>(drafts.values());
		while (!pending.isEmpty()) {
			AgencyDraft next = pending.stream()
				.filter(d -> d.parentCode().isBlank() || !pending.stream().anyMatch(p -> p.code().equals(d.parentCode())))
				.findFirst()
				.orElseThrow();
			pending.remove(next);
			Long parentId = next.parentCode().isBlank() ? null
					: agencies.findByCode(next.parentCode()).map(Agency::id).orElseThrow();
			Optional<Agency> existing = agencies.findByCode(next.code());
			if (existing.isPresent()) {
				agencies.update(existing.get().id(), next, parentId);
				events.publishEvent(DataChanged.updated(AgencyAdministration.ENTITY, existing.get().id(),
						existing.get(), agencies.findById(existing.get().id()).orElseThrow()));
				updated++;
			}
			else {
				long id = agencies.insert(next, parentId);
				events.publishEvent(DataChanged.created(AgencyAdministration.ENTITY, id,
						agencies.findById(id).orElseThrow()));
				created++;
			}
		}
		return new Result(created, updated);
	}

}
