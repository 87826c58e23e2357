package tw.yankao.org.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tw.yankao.shared.demo.DemoDataset;
import tw.yankao.shared.security.Role;

/**
 * The Taichung organisation (the city government, its first-level agencies, a few units and the
 * 29 district offices, through the same CSV import administrators use) and one user per role.
 * Agency codes are Yankao's own demo codes, not the official 機關代碼.
 */
@Component
class OrgDemoData implements DemoDataset {

	/** Shown in the README; meets the password policy. */
	static final String DEMO_PASSWORD = "Yankao-Demo-2026!";

	private record DemoUser(String username, String displayName, String agencyCode, Role role) {
	}

	private static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "系統管理員", "TCG-RDEC", Role.SYSTEM_ADMIN),
			new DemoUser("rdec", "研考會 陳專員", "TCG-RDEC-CTL", Role.RDEC_STAFF),
			new DemoUser("liaison", "建設局 林研考", "TCG-CON", Role.AGENCY_LIAISON),
			new DemoUser("handler", "建設局 王承辦", "TCG-CON-ROAD", Role.CASE_HANDLER),
			new DemoUser("head", "建設局 張科長", "TCG-CON", Role.AGENCY_HEAD),
			new DemoUser("agent", "1999 李話務", "TCG-RDEC-1999", Role.CALL_AGENT),
			new DemoUser("liaison.traffic", "交通局 黃研考", "TCG-TRA", Role.AGENCY_LIAISON),
			new DemoUser("citizen", "示範市民", null, Role.CITIZEN));

	private final AgencyImport agencyImport;
	private final Agencies agencies;
	private final UserAdministration users;

	OrgDemoData(AgencyImport agencyImport, Agencies agencies, UserAdministration users) {
		this.agencyImport = agencyImport;
		this.agencies = agencies;
		this.users = users;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public boolean isLoaded() {
		return agencies.count() > 0;
	}

	@Override
	public void load() {
		try {
			agencyImport.importCsv(new ClassPathResource("demo/taichung-agencies.csv").getContentAsByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		users.createAllWithPassword(USERS.stream().map(user -> {
			Long agencyId = user.agencyCode() == null ? null : agencies.findByCode(user.agencyCode()).orElseThrow().id();
			return new NewUser(user.username(), user.displayName(), null, agencyId, Set.of(user.role()), DEMO_PASSWORD);
		}).toList(), DEMO_PASSWORD);
	}

}
