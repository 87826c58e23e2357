package tw.yankao.org;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The kinds of node in the organisation tree, and which kind may sit under which. */
public enum AgencyKind {
	/** The city government, the root. */
	CITY("市政府"),
	/** 一級機關: bureaus, commissions, offices directly under the city government. */
	FIRST_LEVEL("一級機關"),
	/** 所屬機關: an agency under a first-level agency (or under another subordinate agency). */
	SUBORDINATE("所屬機關"),
	/** 單位: a division or section inside an agency. */
	UNIT("單位"),
	/** 區公所: a district office, directly under the city government. */
	DISTRICT_OFFICE("區公所");

	private final String nameZh;

	AgencyKind(String nameZh) {
		this.nameZh = nameZh;
	}

	public String nameZh() {
		return nameZh;
	}

	/** The kinds a parent of this kind may have; empty for the root. */
	public Set<AgencyKind> allowedParents() {
		return switch (this) {
			case CITY -> Set.of();
			case FIRST_LEVEL, DISTRICT_OFFICE -> Set.of(CITY);
			case SUBORDINATE -> Set.of(FIRST_LEVEL, SUBORDINATE);
			case UNIT -> Set.of(CITY, FIRST_LEVEL, SUBORDINATE, DISTRICT_OFFICE, UNIT);
		};
	}

	/** Reads the English constant or the Chinese name, as written in import files. */
	public static Optional<AgencyKind> parse(String text) {
		String value = text == null ? "" : text.strip();
		return Arrays.stream(values())
			.filter(kind -> kind.name().equalsIgnoreCase(value) || kind.nameZh.equals(value))
			.findFirst();
	}
}
