package tw.yankao.shared.calendar;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.shared.cli.CliCommand;

/**
 * {@code java -jar yankao.jar calendar import FILE}: imports a working-day calendar CSV and prints
 * what it replaced, or every problem of the file (then nothing changes and the exit code is 1).
 */
@Component
class CalendarImportCommand implements CliCommand {

	private final CalendarImport calendarImport;

	CalendarImportCommand(CalendarImport calendarImport) {
		this.calendarImport = calendarImport;
	}

	@Override
	public String name() {
		return "calendar import";
	}

	@Override
	public String arguments() {
		return "FILE";
	}

	@Override
	public String description() {
		return "import a government working-day calendar CSV (data.gov.tw 14718, UTF-8 or Big5)";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		if (args.size() != 1) {
			throw new IllegalArgumentException("expects exactly one FILE, got " + args.size() + " arguments");
		}
		Path file = Path.of(args.get(0));
		if (!Files.isRegularFile(file)) {
			out.println("找不到檔案 " + file + " (no such file)");
			return 1;
		}
		try {
			print(calendarImport.importFile(Files.readAllBytes(file), file.getFileName().toString(), "cli"), out);
			return 0;
		}
		catch (CalendarFileException ex) {
			out.println("未匯入，檔案有錯誤 (not imported, the file has errors):");
			ex.errors().forEach(error -> out.println("  " + error.message()));
			if (ex.truncated()) {
				out.println("  … 僅列出前 " + ex.errors().size() + " 項 (only the first " + ex.errors().size() + " are listed)");
			}
			return 1;
		}
	}

	private static void print(CalendarImportResult result, PrintStream out) {
		out.println("已匯入 " + result.sourceName() + " (imported):");
		for (CalendarYear year : result.years()) {
			out.printf("  %d 年 (%d): %s – %s, %d 天 days, %d 天放假 days off, %d 天補行上班 make-up working days%s%n",
					year.rocYear(), year.year(), year.firstDay(), year.lastDay(), year.dayCount(), year.daysOff(),
					year.makeUpWorkingDays(), year.complete() ? "" : ", 不完整 partial year");
		}
	}

}
