package tw.yankao.audit.internal;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.audit.AuditTrail;
import tw.yankao.audit.AuditVerification;
import tw.yankao.shared.cli.CliCommand;

/** {@code audit verify}: checks the hash chain; exit 0 when intact, 1 at the first broken link. */
@Component
class AuditVerifyCommand implements CliCommand {

	private final AuditTrail trail;

	AuditVerifyCommand(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public String name() {
		return "audit verify";
	}

	@Override
	public String arguments() {
		return "";
	}

	@Override
	public String description() {
		return "check the audit log's hash chain from the first entry to the last";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("takes no arguments");
		}
		AuditVerification result = trail.verify();
		if (result.isIntact()) {
			out.println("OK: " + result.entriesChecked() + " entries");
			return 0;
		}
		AuditVerification.BrokenLink broken = result.brokenLink();
		out.println("BROKEN at entry " + broken.entryId() + ": " + broken.detail());
		return 1;
	}

}
