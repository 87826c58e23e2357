package tw.yankao.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseStatus;
import tw.yankao.petition.CaseWorkflow;
import tw.yankao.petition.Channel;
import tw.yankao.petition.DailyFact;
import tw.yankao.petition.Location;
import tw.yankao.petition.NewCase;
import tw.yankao.petition.PetitionCase;
import tw.yankao.petition.PetitionStatistics;
import tw.yankao.petition.ReplyChannel;
import tw.yankao.petition.Step;
import tw.yankao.petition.StepInput;
import tw.yankao.shared.security.Role;
import tw.yankao.testing.TestUsers;
import tw.yankao.testing.YankaoWebTest;

/** The roll-ups kept by events equal a full recomputation from the cases after intakes and steps. */
@YankaoWebTest
class RollupEquivalenceTest {

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	PetitionStatistics statistics;

	@Autowired
	DailyRollups rollups;

	@Autowired
	RollupMaintenance maintenance;

	@Autowired
	TestUsers users;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void rollUpsFollowIntakesTransfersReturnsClosuresAndReopenings() {
		Set<LocalDate> days = new TreeSet<>();
		PetitionCase closed = receive("STREET_LIGHT", "北屯區", Channel.PHONE_1999);
		PetitionCase transferred = receive("STREET_LIGHT", "西屯區", Channel.WEB);
		PetitionCase returned = receive("ROAD_DAMAGE", null, Channel.APP);
		PetitionCase open = receive("NOISE", "中區", Channel.EMAIL);
		for (PetitionCase c : List.of(closed, transferred, returned, open)) {
			days.add(c.receivedAt().atZone(tw.yankao.shared.time.RocDates.ZONE).toLocalDate());
		}
		// other tests and demo data may write cases of today without events: start from a recomputation
		maintenance.recompute(first(days), last(days));
		List<DailyFact> before = rollups.between(first(days), last(days));

		signIn(Role.CASE_HANDLER, "TCG-CON");
		closed = workflow.take(closed.number(), Step.ACCEPT, StepInput.at(closed.version()));
		closed = workflow.take(closed.number(), Step.DRAFT_REPLY, StepInput.at(closed.version()).replying("已修復。"));
		transferred = workflow.take(transferred.number(), Step.TRANSFER,
				StepInput.at(transferred.version()).toAgency("TCG-TRA").because("屬交通局"));
		returned = workflow.take(returned.number(), Step.RETURN, StepInput.at(returned.version()).because("非本局業務"));
		signIn(Role.AGENCY_HEAD, "TCG-CON");
		closed = workflow.take(closed.number(), Step.APPROVE_REPLY, StepInput.at(closed.version()));
		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(counts(rollups.between(first(days), last(days)))).as("the closure is in the roll-ups")
			.isNotEqualTo(counts(before));
		signIn(Role.RDEC_STAFF, "TCG-RDEC");
		closed = workflow.take(closed.number(), Step.REOPEN, StepInput.at(closed.version()).because("民眾不滿意"));
		assertThat(closed.status()).isEqualTo(CaseStatus.IN_PROGRESS);

		for (PetitionCase c : List.of(closed, transferred, returned, open)) {
			days.addAll(statistics.daysOf(c.number()));
		}
		assertThat(counts(rollups.between(first(days), last(days))))
			.containsExactlyInAnyOrderElementsOf(counts(statistics.dailyFacts(first(days), last(days))));
	}

	@Test
	void rebuildEqualsTheRecomputationOfEveryDay() {
		receive("GARBAGE", "南區", Channel.WALK_IN);
		maintenance.rebuild();
		LocalDate[] span = statistics.span().orElseThrow();

		assertThat(counts(rollups.between(span[0], span[1])))
			.containsExactlyInAnyOrderElementsOf(counts(statistics.dailyFacts(span[0], span[1])));
	}

	private PetitionCase receive(String category, String district, Channel channel) {
		return intake.receive(new NewCase(null, channel, category, false, "彙總測試 " + category,
				new Location(null, district, null, null), null, ReplyChannel.NONE, "zh-TW")).petitionCase();
	}

	private void signIn(Role role, String agencyCode) {
		SignedInUser user = new SignedInUser(new CurrentUser(860_000 + role.ordinal(), "rollup-" + role.name().toLowerCase(),
				users.agencyId(agencyCode), Set.of(role)), "彙總測試");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/** Facts as comparable text: records holding arrays compare arrays by identity. */
	private static List<String> counts(List<DailyFact> facts) {
		return facts.stream()
			.map(f -> String.join("|", f.day().toString(), String.valueOf(f.agencyId()), f.category(),
					String.valueOf(f.district()), f.channel().name(), String.valueOf(f.received()),
					String.valueOf(f.closed()), String.valueOf(f.closedOnTime()), String.valueOf(f.handlingSeconds()),
					Arrays.toString(f.histogram()), String.valueOf(f.returns()), String.valueOf(f.transfers()),
					String.valueOf(f.reopens())))
			.toList();
	}

	private static LocalDate first(Set<LocalDate> days) {
		return ((TreeSet<LocalDate>) days).first();
	}

	private static LocalDate last(Set<LocalDate> days) {
		return ((TreeSet<LocalDate>) days).last();
	}

}
