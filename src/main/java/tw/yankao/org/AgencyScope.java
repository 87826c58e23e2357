package tw.yankao.org;

import java.util.Optional;
import java.util.Set;

/**
 * Whether the current user may see or change a given agency's records. RDEC staff and system
 * administrators see every agency; other staff see their own agency and the agencies and units
 * below it; citizens and anonymous users see no agency's internal records.
 */
public interface AgencyScope {

	boolean canAccess(long agencyId);

	/** @throws org.springframework.security.access.AccessDeniedException when {@link #canAccess} is false */
	void checkAccess(long agencyId);

	/** The agencies the current user may access, or empty when the user sees every agency. */
	Optional<Set<Long>> accessibleAgencies();

}
