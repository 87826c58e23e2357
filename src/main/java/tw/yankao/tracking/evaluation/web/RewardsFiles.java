package tw.yankao.tracking.evaluation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import tw.yankao.tracking.evaluation.RewardLine;

/**
 * The rewards-and-penalties list as files for the personnel office: CSV (UTF-8 with BOM, CRLF,
 * RFC 4180 quoting, so that Excel on a Chinese Windows desktop opens it as UTF-8) and XLSX with
 * the score as a number.
 */
@Component
class RewardsFiles {

	private static final String[] HEADER = { "evaluation.agency", "evaluation.responsible", "evaluation.item.number",
			"evaluation.item.name", "evaluation.score", "evaluation.grade", "evaluation.actions" };

	private final EvaluationLabels labels;

	RewardsFiles(EvaluationLabels labels) {
		this.labels = labels;
	}

	byte[] csv(List<RewardLine> lines, Locale locale) {
		StringBuilder text = new StringBuilder("\uFEFF");
		for (List<String> row : rows(lines, locale)) {
			text.append(String.join(",", row.stream().map(RewardsFiles::quoted).toList())).append("\r\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx(List<RewardLine> lines, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(labels.message("evaluation.rewards.sheet", locale));
			List<List<String>> rows = rows(lines, locale);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					// the score column holds numbers, so that the sheet can sort and sum them
					if (r > 0 && c == 4) {
						row.createCell(c).setCellValue(lines.get(r - 1).score().doubleValue());
					}
					else {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			sheet.createFreezePane(0, 1);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<List<String>> rows(List<RewardLine> lines, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>();
		for (String key : HEADER) {
			header.add(labels.message(key, locale));
		}
		rows.add(header);
		for (RewardLine line : lines) {
			rows.add(List.of(labels.agencyName(line.ownerAgencyId(), locale), line.responsiblePeople(), line.itemNumber(),
					line.title(), line.score().toPlainString(), labels.gradeName(line.grade(), locale),
					labels.actions(line.actions(), locale)));
		}
		return rows;
	}

	/** Quotes a field when it holds a separator, a quote or a line break; a leading = + - @ is defused. */
	private static String quoted(String field) {
		String value = field == null ? "" : field;
		// spreadsheets run a cell starting with these as a formula: a title must never do that
		if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
