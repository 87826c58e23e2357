package tw.yankao.petition.search;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.shared.cli.CliCommand;

/** {@code java -jar yankao.jar petition reindex}: rebuilds the case index from the database. */
@Component
class ReindexCommand implements CliCommand {

	private final CaseIndexing indexing;

	ReindexCommand(CaseIndexing indexing) {
		this.indexing = indexing;
	}

	@Override
	public String name() {
		return "petition reindex";
	}

	@Override
	public String arguments() {
		return "";
	}

	@Override
	public String description() {
		return "rebuild the full-text index of petition cases from the database (run while the server is stopped)";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("takes no arguments, got " + args.size());
		}
		long start = System.nanoTime();
		int count;
		try {
			count = indexing.rebuild();
		}
		catch (java.io.UncheckedIOException ex) {
			if (ex.getCause() instanceof org.apache.lucene.store.LockObtainFailedException) {
				out.println("案件索引正由執行中的伺服器使用，請先停止伺服器 (the running server holds the case index: stop it first)");
				return 1;
			}
			throw ex;
		}
		out.printf("已重建案件索引：%d 件，%d ms (case index rebuilt: %d cases)%n", count,
				(System.nanoTime() - start) / 1_000_000, count);
		return 0;
	}

}
