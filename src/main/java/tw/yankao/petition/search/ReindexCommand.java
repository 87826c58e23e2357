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
		int count = indexing.rebuild();
		out.printf("已重建案件索引：%d 件，%d ms (case index rebuilt: %d cases)%n", count,
				(System.nanoTime() - start) / 1_000_000, count);
		return 0;
	}

}
