package tw.yankao.shared.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tw.yankao.shared.db.EmbeddedPostgresServer;

/**
 * Loads the demo datasets when the platform starts. On by default with the embedded database,
 * off by default with an external one; {@code YANKAO_DEMO=true|false} decides explicitly.
 * Commands never load demo data.
 */
@Component
class DemoMode implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

	private final List<DemoDataset> datasets;
	private final TransactionTemplate transactions;
	private final boolean enabled;

	DemoMode(List<DemoDataset> datasets, TransactionTemplate transactions, @Value("${yankao.demo:}") String demo,
			@Value("${yankao.mode:serve}") String mode, ObjectProvider<EmbeddedPostgresServer> embedded) {
		this.datasets = datasets.stream().sorted(Comparator.comparingInt(DemoDataset::order)).toList();
		this.transactions = transactions;
		boolean wanted = demo.isBlank() ? embedded.getIfAvailable() != null : parse(demo);
		this.enabled = wanted && "serve".equals(mode);
	}

	/** A typo such as {@code YANKAO_DEMO=flase} stops the start rather than quietly meaning false. */
	static boolean parse(String demo) {
		return switch (demo.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException(
					"yankao.demo (YANKAO_DEMO) must be true, false or empty, not '" + demo + "'");
		};
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		for (DemoDataset dataset : datasets) {
			transactions.executeWithoutResult(status -> {
				if (!dataset.isLoaded()) {
					dataset.load();
					log.info("Loaded demo data: {}", dataset.getClass().getSimpleName());
				}
			});
		}
	}

}
