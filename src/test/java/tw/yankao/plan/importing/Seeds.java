package tw.yankao.plan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The seed plans, copied under {@code src/test/resources/plan/importing/}. */
final class Seeds {

	static final String RDEC_109 = "000_4f23a1f3feca694f.txt";
	static final String RDEC_107 = "001_5fccbe9958ba3c3a.txt";
	static final String RDEC_105 = "002_194818ed3874251f.txt";
	static final String SECRETARIAT_107 = "003_e82097005b831da2.txt";
	static final String[] ALL = {RDEC_109, RDEC_107, RDEC_105, SECRETARIAT_107};

	private Seeds() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Seeds.class.getResourceAsStream("/plan/importing/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ImportedPlan read(String name) {
		return new PlanTextImport().read(bytes(name));
	}

}
