package tw.yankao.shared.security;

import java.util.EnumSet;
import java.util.Set;

/** Groups of roles that rules name often. */
public final class Roles {

	/** Everyone who works for the city, as opposed to citizens. */
	public static final Set<Role> STAFF = Set.copyOf(EnumSet.complementOf(EnumSet.of(Role.CITIZEN)));

	/** Those who see every agency's records. */
	public static final Set<Role> CITY_WIDE = Set.copyOf(EnumSet.of(Role.SYSTEM_ADMIN, Role.RDEC_STAFF));

	private Roles() {
	}

}
