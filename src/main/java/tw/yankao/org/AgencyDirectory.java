package tw.yankao.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the organisation tree; what other modules use to name and group agencies. */
public interface AgencyDirectory {

	Optional<Agency> findById(long id);

	Optional<Agency> findByCode(String code);

	/** Every agency, parents before children, siblings by sort order. */
	List<Agency> all();

	/**
	 * Every agency by its code and by its Chinese name, for files exported by other systems, which
	 * name an agency either way. A code wins over a name that happens to equal it; of two agencies
	 * with one name, the first in {@link #all()} order is kept.
	 */
	default Map<String, Agency> byCodeAndChineseName() {
		Map<String, Agency> keys = new HashMap<>();
		for (Agency agency : all()) {
			keys.putIfAbsent(agency.nameZh(), agency);
			keys.put(agency.code(), agency);
		}
		return keys;
	}

	/** The agency and everything below it. */
	Set<Long> subtree(long agencyId);

}
