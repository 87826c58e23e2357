package tw.yankao.petition.search;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseNumber;
import tw.yankao.petition.CaseViews;
import tw.yankao.petition.PetitionCase;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PetitionRules;
import tw.yankao.shared.security.Role;

/**
 * What the pages ask of the case index: cases found by words in the viewer's agencies, and similar
 * open cases for a case being taken or looked at. Cases come back as the viewer may see them:
 * personal data masked unless the viewer handles the case.
 */
@Service
public class CaseFinder {

	/** A found case as the viewer may see it, with how alike it is when it was found as similar. */
	public record Found(PetitionCase petitionCase, SimilarCase similarity) {
	}

	private final CaseIndexing indexing;
	private final CaseIntake intake;
	private final CaseViews views;
	private final AgencyScope scope;
	private final CurrentUsers users;
	private final PetitionRules.Duplicates duplicates;
	private final Clock clock;

	CaseFinder(CaseIndexing indexing, CaseIntake intake, CaseViews views, AgencyScope scope, CurrentUsers users,
			CityProfile profile, Clock clock) {
		this.indexing = indexing;
		this.intake = intake;
		this.views = views;
		this.scope = scope;
		this.users = users;
		this.duplicates = profile.petitions().duplicates();
		this.clock = clock;
	}

	/**
	 * Cases whose description holds the words, best first: of every agency for those who see every
	 * case (the RDEC, administrators, 1999 agents, as {@link CaseViews#visible} has it), else of the
	 * viewer's agencies.
	 */
	public List<Found> search(String words, int limit) {
		Set<Role> roles = users.current().map(CurrentUser::roles).orElse(Set.of());
		boolean crossAgency = roles.contains(Role.RDEC_STAFF) || roles.contains(Role.SYSTEM_ADMIN) || roles.contains(Role.CALL_AGENT);
		Set<Long> agencies = crossAgency ? null : scope.accessibleAgencies().orElse(null);
		return new CaseSearch(indexing.index()).search(words, agencies, limit).stream()
			.map(hit -> load(hit.number()).map(c -> new Found(c, null)))
			.flatMap(Optional::stream)
			.toList();
	}

	/** Open cases the probe may duplicate, by the profile's distance, days and text overlap; most alike first. */
	public List<Found> similar(CaseProbe probe, int limit) {
		return new CaseSearch(indexing.index()).similar(probe, duplicates, limit).stream()
			.map(s -> load(s.number()).map(c -> new Found(c, s)))
			.flatMap(Optional::stream)
			.toList();
	}

	/** Similar open cases for a stored case, looked for in the days before it was received. */
	public List<Found> similarTo(PetitionCase c, int limit) {
		return similar(new CaseProbe(c.category(), c.location().district(), c.location().latitude(),
				c.location().longitude(), c.description(), c.receivedAt(), c.number().value()), limit);
	}

	/** A probe received now. */
	public CaseProbe probe(String category, String district, Double latitude, Double longitude, String description) {
		return new CaseProbe(category, district, latitude, longitude, description, clock.instant(), null);
	}

	private Optional<PetitionCase> load(String number) {
		try {
			return Optional.of(views.forViewer(intake.byNumber(new CaseNumber(number))));
		}
		catch (tw.yankao.shared.web.NotFound gone) {
			// the index may briefly hold a case whose insert was rolled back after it was read
			return Optional.empty();
		}
	}

}
