package tw.yankao.tracking;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.files.UploadedFiles;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;
import tw.yankao.tracking.internal.ProgressReports;
import tw.yankao.tracking.internal.ReportFiles;

/**
 * Photos and files of monthly progress reports: the kinds {@link UploadedFiles} accepts, up to
 * 10 MB each, attached to a month that has been reported. Access follows the item's: whoever may
 * see the item (its owner agency in their scope) may see its files. Uploads are audited without
 * their bytes.
 */
@Service
public class ReportAttachments {

	/**
	 * A file's description and bytes, for a download.
	 *
	 * @param file what it is
	 * @param content its bytes
	 */
	public record Download(ReportFile file, byte[] content) {
	}

	private final TrackingManagement tracking;
	private final ProgressReports reports;
	private final ReportFiles files;
	private final CurrentUsers users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReportAttachments(TrackingManagement tracking, ProgressReports reports, ReportFiles files, CurrentUsers users,
			ApplicationEventPublisher events, Clock clock) {
		this.tracking = tracking;
		this.reports = reports;
		this.files = files;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Attaches a file to the item's report of the month.
	 *
	 * @throws InvalidInput naming {@code file} when the file is refused, or {@code month} when the month has no report
	 */
	@Transactional
	public ReportFile attach(long itemId, String month, String fileName, byte[] content) {
		TrackedItem item = tracking.item(itemId);
		ProgressReport report = reports.find(item.id(), ReportMonth.parse(month))
			.orElseThrow(() -> new InvalidInput("month", "tracking.files.no-report", month));
		String type = contentType(fileName, content);
		long id = files.insert(report.id(), fileName.strip(), type, content,
				users.current().map(CurrentUser::userId).orElse(null), clock.instant());
		ReportFile file = files.find(itemId, id).orElseThrow();
		events.publishEvent(DataChanged.created("progress-report-file", id,
				Map.of("item", itemId, "month", report.month().toString(), "file", file.fileName(),
						"bytes", file.sizeBytes())));
		return file;
	}

	/** The files of the item's reports, if the caller may see the item. */
	@Transactional(readOnly = true)
	public List<ReportFile> files(long itemId) {
		tracking.item(itemId);
		return files.ofItem(itemId);
	}

	/** A file of the item's reports with its bytes, if the caller may see the item. */
	@Transactional(readOnly = true)
	public Download download(long itemId, long fileId) {
		tracking.item(itemId);
		ReportFile file = files.find(itemId, fileId).orElseThrow(() -> new NotFound("progress report file", fileId));
		return new Download(file, files.content(fileId));
	}

	private static String contentType(String fileName, byte[] content) {
		try {
			return UploadedFiles.contentType(fileName, content);
		}
		catch (UploadedFiles.Rejected rejected) {
			throw new InvalidInput("file", "tracking.files." + rejected.problem().name().toLowerCase().replace('_', '-'),
					rejected.fileName(), UploadedFiles.MAX_BYTES / (1024 * 1024));
		}
	}

}
