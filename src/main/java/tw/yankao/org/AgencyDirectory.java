package tw.yankao.org;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the organisation tree; what other modules use to name and group agencies. */
public interface AgencyDirectory {

	Optional<Agency> findById(long id);

	Optional<Agency> findByCode(String code);

	/** Every agency, parents before children, siblings by sort order. */
	List<Agency> all();

	/** The agency and everything below it. */
	Set<Long> subtree(long agencyId);

}
