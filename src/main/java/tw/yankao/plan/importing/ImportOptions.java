package tw.yankao.plan.importing;

import java.util.List;

/**
 * The arguments of {@code plan import FILE [--agency CODE] [--year N] [--dry-run] [--json]},
 * read from the process arguments because the command line drops the words that start with
 * {@code --} (and so would hand the command {@code CODE} as if it were a file). Both
 * {@code --agency CODE} and {@code --agency=CODE} are accepted; other {@code --} options
 * belong to Spring and are passed over.
 */
record ImportOptions(String file, String agency, Integer year, boolean dryRun, boolean json) {

	private static final int MAX_ROC_YEAR = 999;

	/** @throws IllegalArgumentException for a usage error */
	static ImportOptions parse(List<String> args) {
		int start = Math.max(0, args.indexOf("import") + 1);
		String file = null;
		String agency = null;
		String year = null;
		boolean dryRun = false;
		boolean json = false;
		for (int i = start; i < args.size(); i++) {
			String arg = args.get(i);
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			boolean withValue = name.equals("--agency") || name.equals("--year");
			String value = null;
			if (withValue) {
				value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : next(args, ++i, name);
			}
			switch (name) {
				case "--agency" -> agency = value;
				case "--year" -> year = value;
				case "--dry-run" -> dryRun = true;
				case "--json" -> json = true;
				default -> file = arg.startsWith("--") ? file : positional(file, arg);
			}
		}
		if (file == null) {
			throw new IllegalArgumentException("give the plan text FILE to import");
		}
		return new ImportOptions(file, agency, year == null ? null : year(year), dryRun, json);
	}

	private static String next(List<String> args, int i, String name) {
		if (i >= args.size() || args.get(i).startsWith("--") || args.get(i).isBlank()) {
			throw new IllegalArgumentException(name + " needs a value");
		}
		return args.get(i);
	}

	private static String positional(String file, String arg) {
		if (file != null) {
			throw new IllegalArgumentException("one FILE expected, got also " + arg);
		}
		return arg;
	}

	private static Integer year(String text) {
		try {
			int year = Integer.parseInt(text.strip());
			if (year >= 1 && year <= MAX_ROC_YEAR) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// reported below like any other bad year
		}
		throw new IllegalArgumentException("--year wants an ROC year such as 114, not " + text);
	}

}
