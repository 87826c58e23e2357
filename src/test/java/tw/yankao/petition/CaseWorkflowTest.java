package tw.yankao.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

/** The handling workflow against the database, as the people who take each step. */
@YankaoWebTest
class CaseWorkflowTest {

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	TestUsers users;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void signIn(Role role, String agencyCode) {
		SignIn.as(role, agencyCode == null ? null : users.agencyId(agencyCode));
	}

	/** A street light case, routed by the profile to TCG-CON-LGT, a unit under TCG-CON. */
	private PetitionCase newCase() {
		return intake.receive(CaseIntakeTest.streetLight(null)).petitionCase();
	}

	private PetitionCase take(PetitionCase c, Step step, StepInput input) {
		return workflow.take(c.number(), step, input);
	}

	private PetitionCase take(PetitionCase c, Step step) {
		return take(c, step, StepInput.at(c.version()));
	}

	@Test
	void handlerAcceptsDraftsAndTheHeadApprovesWhichClosesTheCase() {
		PetitionCase c = newCase();
		signIn(Role.CASE_HANDLER, "TCG-CON");
		assertThat(workflow.allowedSteps(c)).contains(Step.ACCEPT, Step.RETURN, Step.TRANSFER).doesNotContain(Step.APPROVE_REPLY);
		c = take(c, Step.ACCEPT);
		c = take(c, Step.START);
		c = take(c, Step.DRAFT_REPLY, StepInput.at(c.version()).replying("已派員更換燈泡。"));
		PetitionCase drafted = c;
		assertThatThrownBy(() -> take(drafted, Step.APPROVE_REPLY)).as("only the head approves").isInstanceOf(AccessDeniedException.class);

		signIn(Role.AGENCY_HEAD, "TCG-CON");
		c = take(c, Step.APPROVE_REPLY);

		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.closedAt()).isNotNull();
		assertThat(c.handling().reply()).isEqualTo("已派員更換燈泡。");
		assertThat(workflow.history(c)).extracting(CaseStep::step)
			.containsExactly("RECEIVE", "ASSIGN", "ACCEPT", "START", "DRAFT_REPLY", "APPROVE_REPLY");
	}

	@Test
	void staffOfAnotherAgencyMayNotActOnTheCase() {
		PetitionCase c = newCase();
		signIn(Role.CASE_HANDLER, "TCG-TRA");

		assertThat(workflow.allowedSteps(c)).isEmpty();
		assertThatThrownBy(() -> take(c, Step.ACCEPT)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aStepAgainstAnOldVersionIsAConflictAndChangesNothing() {
		PetitionCase c = newCase();
		signIn(Role.CASE_HANDLER, "TCG-CON");
		take(c, Step.ACCEPT);

		assertThatThrownBy(() -> take(c, Step.RETURN, StepInput.at(c.version()).because("非本局業務"))).isInstanceOf(StaleCase.class);
		assertThat(intake.byNumber(c.number()).status()).isEqualTo(CaseStatus.ACCEPTED);
	}

	@Test
	void aStepFromTheWrongStatusNamesTheStatus() {
		PetitionCase c = newCase();
		signIn(Role.CASE_HANDLER, "TCG-CON");

		InvalidInput ex = catchThrowableOfType(InvalidInput.class, () -> take(c, Step.START));

		assertThat(ex.errors()).extracting(InvalidInput.FieldError::field).containsExactly("status");
	}

	@Test
	void aReturnNeedsAReasonAndWaitsForTheRdecToReassign() {
		PetitionCase c = newCase();
		signIn(Role.CASE_HANDLER, "TCG-CON");
		InvalidInput noReason = catchThrowableOfType(InvalidInput.class, () -> take(c, Step.RETURN));
		assertThat(noReason.errors()).extracting(InvalidInput.FieldError::field).containsExactly("reason");

		PetitionCase returned = take(c, Step.RETURN, StepInput.at(c.version()).because("路燈屬區公所管理"));
		assertThat(returned.status()).isEqualTo(CaseStatus.RETURNED);
		assertThat(returned.agencyId()).isNull();

		signIn(Role.RDEC_STAFF, "TCG-RDEC");
		PetitionCase reassigned = take(returned, Step.ASSIGN, StepInput.at(returned.version()).toAgency("TCG-D08"));
		assertThat(reassigned.status()).isEqualTo(CaseStatus.ASSIGNED);
		assertThat(reassigned.agencyId()).isEqualTo(users.agencyId("TCG-D08"));
	}

	@Test
	void aTransferToTheSameAgencyIsRefusedAndToAnotherMovesTheCase() {
		PetitionCase c = newCase();
		signIn(Role.CASE_HANDLER, "TCG-CON");
		InvalidInput same = catchThrowableOfType(InvalidInput.class,
				() -> take(c, Step.TRANSFER, StepInput.at(c.version()).toAgency("TCG-CON-LGT").because("x")));
		assertThat(same.errors()).extracting(InvalidInput.FieldError::messageKey).containsExactly("petition.error.sameAgency");

		PetitionCase moved = take(c, Step.TRANSFER, StepInput.at(c.version()).toAgency("TCG-TRA").because("號誌問題"));
		assertThat(moved.agencyId()).isEqualTo(users.agencyId("TCG-TRA"));
		assertThat(moved.status()).isEqualTo(CaseStatus.ASSIGNED);
	}

	@Test
	void extensionsAreRequestedByTheHandlerApprovedByTheHeadAndLimitedByTheProfile() {
		PetitionCase c = newCase();
		signIn(Role.CASE_HANDLER, "TCG-CON");
		c = take(c, Step.ACCEPT);
		PetitionCase accepted = c;
		InvalidInput tooLong = catchThrowableOfType(InvalidInput.class,
				() -> take(accepted, Step.REQUEST_EXTENSION, StepInput.at(accepted.version()).forDays(11).because("待料")));
		assertThat(tooLong.errors()).extracting(InvalidInput.FieldError::field).containsExactly("days");

		c = take(c, Step.REQUEST_EXTENSION, StepInput.at(c.version()).forDays(2).because("待料"));
		signIn(Role.AGENCY_HEAD, "TCG-CON");
		PetitionCase extended = take(c, Step.APPROVE_EXTENSION);
		assertThat(Duration.between(c.deadline(), extended.deadline())).isEqualTo(Duration.ofDays(2));

		signIn(Role.CASE_HANDLER, "TCG-CON");
		c = take(extended, Step.REQUEST_EXTENSION, StepInput.at(extended.version()).forDays(1).because("待料"));
		signIn(Role.AGENCY_HEAD, "TCG-CON");
		c = take(c, Step.APPROVE_EXTENSION);
		signIn(Role.CASE_HANDLER, "TCG-CON");
		PetitionCase twice = c;
		InvalidInput third = catchThrowableOfType(InvalidInput.class,
				() -> take(twice, Step.REQUEST_EXTENSION, StepInput.at(twice.version()).forDays(1).because("待料")));
		assertThat(third.errors()).extracting(InvalidInput.FieldError::messageKey).containsExactly("petition.error.extensionCount");
	}

	@Test
	void whilePausedOnlyResumeIsPossibleAndResumingMovesTheDeadline() throws InterruptedException {
		PetitionCase c = newCase();
		signIn(Role.CASE_HANDLER, "TCG-CON");
		c = take(c, Step.ACCEPT);
		PetitionCase paused = take(c, Step.PAUSE, StepInput.at(c.version()).because("等待陳情人提供照片"));
		assertThat(workflow.allowedSteps(paused)).containsExactly(Step.RESUME);
		assertThat(catchThrowableOfType(InvalidInput.class, () -> take(paused, Step.START)).errors())
			.extracting(InvalidInput.FieldError::messageKey).containsExactly("petition.error.paused");
		Thread.sleep(20);

		PetitionCase resumed = take(paused, Step.RESUME);

		assertThat(resumed.paused()).isFalse();
		assertThat(resumed.deadline()).isAfter(c.deadline());
	}

	@Test
	void aMergedDuplicateIsLinkedBothWays() {
		PetitionCase first = newCase();
		PetitionCase second = newCase();
		signIn(Role.CASE_HANDLER, "TCG-CON");

		PetitionCase merged = take(second, Step.MERGE, StepInput.at(second.version()).mergingInto(first.number().value()));

		assertThat(merged.status()).isEqualTo(CaseStatus.MERGED);
		assertThat(workflow.duplicates(first)).containsExactly(second.number());
		assertThat(workflow.duplicates(second)).containsExactly(first.number());
		assertThat(catchThrowableOfType(InvalidInput.class,
				() -> take(first, Step.MERGE, StepInput.at(first.version()).mergingInto(first.number().value()))).errors())
			.extracting(InvalidInput.FieldError::field).containsExactly("into");
	}

	@Test
	void anAnonymousCaseIsClosedWithoutHandlingWithTheLegalReason() {
		PetitionCase c = intake.receive(new NewCase(null, Channel.MAYOR_MAILBOX, "TREE", false, "路樹太高",
				new Location(null, "西屯區", null, null), null, ReplyChannel.NONE, null)).petitionCase();
		signIn(Role.CASE_HANDLER, "TCG-CON");

		PetitionCase closed = take(c, Step.CLOSE_UNHANDLED, StepInput.at(c.version()).because("匿名且無具體內容"));

		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(workflow.history(closed)).last().extracting(CaseStep::reason).asString().startsWith("行政程序法第173條");
	}

	@Test
	void aClosedCaseIsReopenedWithinTheWindowWithAFreshDeadline() {
		PetitionCase c = newCase();
		signIn(Role.CASE_HANDLER, "TCG-CON");
		c = take(c, Step.ACCEPT);
		c = take(c, Step.DRAFT_REPLY, StepInput.at(c.version()).replying("已修復"));
		signIn(Role.AGENCY_HEAD, "TCG-CON");
		c = take(c, Step.APPROVE_REPLY);
		signIn(Role.CALL_AGENT, null);

		PetitionCase reopened = take(c, Step.REOPEN, StepInput.at(c.version()).because("陳情人表示仍未修復"));

		assertThat(reopened.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(reopened.closedAt()).isNull();
		assertThat(reopened.deadline()).isAfter(c.deadline());
		assertThat(List.of(reopened.agencyId())).containsExactly(c.agencyId());
	}

}
