package tw.yankao.petition.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseRules;
import tw.yankao.petition.NewCase;
import tw.yankao.petition.PetitionCase;
import tw.yankao.petition.attachments.CaseAttachments;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.InvalidInput.FieldError;

/**
 * Turns a portal submission into a case: everything is checked first (the case, the photos, the
 * code), then the case, its photos, the code's use and the status code are saved in one
 * transaction through the common {@link CaseIntake}, or nothing is. A second submission of the
 * same form returns the case of the first.
 */
@Service
public class PortalSubmissions {

	/**
	 * What a submission did.
	 * @param statusCode the code for the status page, shown once; null when the form had been submitted already
	 */
	public record Submitted(String number, String statusCode, boolean created) {
	}

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private final CaseIntake intake;

	private final CaseRules rules;

	private final CaseAttachments attachments;

	private final Verifications verifications;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	PortalSubmissions(CaseIntake intake, CityProfile profile, CaseAttachments attachments, Verifications verifications,
			JdbcClient jdbc, TransactionTemplate transactions) {
		this.intake = intake;
		this.rules = new CaseRules(profile.petitions());
		this.attachments = attachments;
		this.verifications = verifications;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** The intake key of a portal form: the form's token, in the portal's own key space. */
	static String idempotencyKey(String formToken) {
		return "portal-" + formToken;
	}

	/** @throws InvalidInput naming every bad field; nothing is saved then */
	public Submitted submit(PortalRequest request) {
		if (request.formToken() == null || !TOKEN.matcher(request.formToken()).matches()) {
			throw new InvalidInput("formToken", "portal.error.formToken");
		}
		Optional<String> earlier = numberOf(idempotencyKey(request.formToken()));
		if (earlier.isPresent()) {
			return new Submitted(earlier.get(), null, false);
		}
		List<FieldError> errors = new ArrayList<>();
		try {
			rules.check(request.newCase());
		}
		catch (InvalidInput invalid) {
			errors.addAll(invalid.errors());
		}
		CaseAttachments.Checked photos = null;
		try {
			photos = attachments.check("photos", request.photos());
		}
		catch (InvalidInput invalid) {
			errors.addAll(invalid.errors());
		}
		if (request.verificationId() == null) {
			errors.add(new FieldError("code", "portal.error.code.MISSING"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Verifications.Outcome outcome = verifications.check(request.verificationId(), request.verifyChannel(),
				request.verifyAddress(), request.code());
		if (outcome != Verifications.Outcome.VALID) {
			throw new InvalidInput("code", "portal.error.code." + outcome);
		}
		CaseAttachments.Checked checked = photos;
		return transactions.execute(status -> store(request, checked));
	}

	private Submitted store(PortalRequest request, CaseAttachments.Checked photos) {
		CaseIntake.Intake done = intake.receive(request.newCase());
		PetitionCase saved = done.petitionCase();
		if (!done.created()) {
			return new Submitted(saved.number().value(), null, false);
		}
		if (!verifications.use(request.verificationId())) {
			// another form used this code in the meantime: this case must not stay
			throw new InvalidInput("code", "portal.error.code.UNKNOWN");
		}
		attachments.attach(saved.id(), photos);
		String statusCode = Hashes.statusCode();
		jdbc.sql("insert into portal_status_code (case_id, code_hash) values (?, ?)")
			.params(saved.id(), StatusLookup.hash(saved.number().value(), statusCode))
			.update();
		return new Submitted(saved.number().value(), statusCode, true);
	}

	private Optional<String> numberOf(String idempotencyKey) {
		return jdbc.sql("select number from petition_case where idempotency_key = ?")
			.param(idempotencyKey)
			.query(String.class)
			.optional();
	}

	/** A case for the portal: channel WEB, keyed by the form. */
	public static NewCase webCase(String formToken, NewCase fields) {
		return new NewCase(formToken == null ? null : idempotencyKey(formToken), tw.yankao.petition.Channel.WEB,
				fields.category(), false, fields.description(), fields.location(), fields.petitioner(),
				fields.replyChannel(), fields.language());
	}

}
