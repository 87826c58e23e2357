package tw.yankao.analytics.rollup;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.shared.cli.CliCommand;

/** {@code java -jar yankao.jar analytics rebuild}: recomputes the daily roll-ups from the cases. */
@Component
class RebuildCommand implements CliCommand {

	private final RollupMaintenance maintenance;

	RebuildCommand(RollupMaintenance maintenance) {
		this.maintenance = maintenance;
	}

	@Override
	public String name() {
		return "analytics rebuild";
	}

	@Override
	public String arguments() {
		return "";
	}

	@Override
	public String description() {
		return "recompute the daily roll-ups of petition cases for the analysis reports";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("takes no arguments, got " + args.size());
		}
		long start = System.nanoTime();
		int days = maintenance.rebuild();
		out.printf("已重算每日統計：%d 日，%d ms (daily roll-ups rebuilt: %d days)%n", days,
				(System.nanoTime() - start) / 1_000_000, days);
		return 0;
	}

}
