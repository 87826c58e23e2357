package tw.yankao.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import tw.yankao.audit.AuditEntry;
import tw.yankao.org.Agency;

/**
 * One line of the audit list: the entry and its agency's name in the viewer's language.
 *
 * @param agencyName the agency's name; its id as text when the agency is no longer in the directory;
 *        null when the entry has no agency
 */
record AuditRow(AuditEntry entry, String agencyName) {

	static List<AuditRow> of(List<AuditEntry> entries, Function<Long, Optional<Agency>> agencies, Locale locale) {
		return entries.stream().map(entry -> new AuditRow(entry, agencyName(entry.agencyId(), agencies, locale))).toList();
	}

	/** The agency's name in the viewer's language, its id if it is gone from the directory, null for none. */
	static String agencyName(Long agencyId, Function<Long, Optional<Agency>> agencies, Locale locale) {
		if (agencyId == null) {
			return null;
		}
		return agencies.apply(agencyId).map(agency -> agency.name(locale)).orElse(agencyId.toString());
	}

}
