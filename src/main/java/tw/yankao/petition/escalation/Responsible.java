package tw.yankao.petition.escalation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.StaffDirectory;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.security.Role;

/** Who hears of an urgent or late case: the agency's heads, and for missed deadlines the RDEC's staff. */
@Component
class Responsible {

	private final StaffDirectory staff;
	private final AgencyDirectory agencies;
	private final String rdecCode;

	Responsible(StaffDirectory staff, AgencyDirectory agencies, CityProfile profile) {
		this.staff = staff;
		this.agencies = agencies;
		// the agency that assigns what no rule routes is the one supervising all cases
		this.rdecCode = profile.petitions().routing().defaultAgency();
	}

	/**
	 * The heads of the agency or, when it has none (a section or district office without its own
	 * head account), of the nearest agency above it that has; the RDEC's staff for an unassigned case.
	 */
	List<Long> heads(Long agencyId) {
		Long current = agencyId;
		while (current != null) {
			List<Long> holders = staff.holding(current, Role.AGENCY_HEAD);
			if (!holders.isEmpty()) {
				return holders;
			}
			current = agencies.findById(current).map(Agency::parentId).orElse(null);
		}
		return rdec();
	}

	/** The RDEC's staff, in the commission itself or any of its sections. */
	List<Long> rdec() {
		return agencies.findByCode(rdecCode)
			.map(rdec -> agencies.subtree(rdec.id()).stream().sorted()
				.flatMap(id -> staff.holding(id, Role.RDEC_STAFF).stream()).toList())
			.orElse(List.of());
	}

	List<Long> headsAndRdec(Long agencyId) {
		List<Long> all = new ArrayList<>(heads(agencyId));
		all.addAll(rdec());
		return all;
	}

}
