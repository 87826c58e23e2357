package tw.yankao.petition.attachments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.yankao.shared.files.UploadedFiles;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;

/**
 * Photos of cases. {@link #check} refuses every bad file before anything is saved; {@link #attach}
 * joins the caller's transaction, so that a case and its photos are saved together or not at all.
 */
@Service
public class CaseAttachments {

	/** Photos a case may carry from one submission. */
	public static final int MAX_PHOTOS = 3;

	/** Checked and re-encoded photos, ready to be attached. */
	public record Checked(List<Ready> photos) {
	}

	record Ready(String fileName, String contentType, byte[] original, byte[] publicCopy) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseAttachments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Checks each photo: JPEG or PNG, what its name says, at most 10 MB, readable.
	 * @param field the form field to name in errors, e.g. {@code photos}
	 * @throws InvalidInput naming the field and the file
	 */
	public Checked check(String field, List<Photo> photos) {
		List<Photo> given = photos.stream().filter(p -> p.content() != null && p.content().length > 0).toList();
		List<FieldError> errors = new ArrayList<>();
		if (given.size() > MAX_PHOTOS) {
			errors.add(new FieldError(field, "portal.error.photos.count", MAX_PHOTOS));
		}
		List<Ready> ready = new ArrayList<>();
		for (Photo photo : given) {
			String name = photo.fileName() == null || photo.fileName().isBlank() ? "photo" : photo.fileName();
			if (name.length() > 255) {
				name = name.substring(name.length() - 255);
			}
			try {
				String type = UploadedFiles.contentType(name, photo.content());
				if (!type.startsWith("image/")) {
					errors.add(new FieldError(field, "portal.error.photos.TYPE", name));
					continue;
				}
				byte[] copy = MetadataStripper.strip(photo.content(), type);
				if (copy == null) {
					errors.add(new FieldError(field, "portal.error.photos.MISMATCH", name));
					continue;
				}
				ready.add(new Ready(name, type, photo.content(), copy));
			}
			catch (UploadedFiles.Rejected rejected) {
				errors.add(new FieldError(field, "portal.error.photos." + rejected.problem(), name,
						UploadedFiles.MAX_BYTES / (1024 * 1024)));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Checked(List.copyOf(ready));
	}

	/** Saves the photos with the case, in the caller's transaction. */
	@Transactional
	public void attach(long caseId, Checked checked) {
		for (Ready photo : checked.photos()) {
			jdbc.sql("""
					insert into petition_attachment (case_id, file_name, content_type, original, public_copy, created_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(caseId, photo.fileName(), photo.contentType(), photo.original(), photo.publicCopy(),
						java.sql.Timestamp.from(clock.instant()))
				.update();
		}
	}

	@Transactional(readOnly = true)
	public List<Attachment> ofCase(long caseId) {
		return jdbc.sql("select id, case_id, file_name, content_type from petition_attachment where case_id = ? order by id")
			.param(caseId)
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Attachment> byId(long id) {
		return jdbc.sql("select id, case_id, file_name, content_type from petition_attachment where id = ?")
			.param(id)
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	/** The bytes as uploaded, for those handling the case. */
	@Transactional(readOnly = true)
	public byte[] original(long id) {
		return jdbc.sql("select original from petition_attachment where id = ?").param(id).query(byte[].class).single();
	}

	/** The copy without metadata, for public pages. */
	@Transactional(readOnly = true)
	public byte[] publicCopy(long id) {
		return jdbc.sql("select public_copy from petition_attachment where id = ?").param(id).query(byte[].class).single();
	}

}
