package tw.yankao.plan.importing.web;

import java.time.Instant;
import java.util.function.Supplier;

import tw.yankao.org.Agency;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.importing.ImportReport;

/**
 * An upload read and shown as a preview, waiting for its uploader to save it. Saving happens at
 * most once: a second confirmation (a double click, a reload of the form post) gets the draft
 * the first one saved.
 */
final class PendingImport {

	private final String token;
	private final long uploaderId;
	private final Agency agency;
	private final int rocYear;
	private final String fileName;
	private final ImportReport report;
	private final Instant uploadedAt;
	private AnnualPlanId saved;

	PendingImport(String token, long uploaderId, Agency agency, int rocYear, String fileName, ImportReport report,
			Instant uploadedAt) {
		this.token = token;
		this.uploaderId = uploaderId;
		this.agency = agency;
		this.rocYear = rocYear;
		this.fileName = fileName;
		this.report = report;
		this.uploadedAt = uploadedAt;
	}

	/** Saves through {@code save} unless saved before; the draft's id either way. */
	synchronized AnnualPlanId saveOnce(Supplier<AnnualPlanId> save) {
		if (saved == null) {
			saved = save.get();
		}
		return saved;
	}

	synchronized AnnualPlanId saved() {
		return saved;
	}

	public String token() {
		return token;
	}

	long uploaderId() {
		return uploaderId;
	}

	public Agency agency() {
		return agency;
	}

	public int rocYear() {
		return rocYear;
	}

	public String fileName() {
		return fileName;
	}

	public ImportReport report() {
		return report;
	}

	Instant uploadedAt() {
		return uploadedAt;
	}

}
