package tw.yankao.org.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tw.yankao.org.Agency;

/** The agency list as rows with their depth in the tree, for an indented table. */
record AgencyTreeRows(Agency agency, int depth) {

	/** @param inTreeOrder agencies with parents before children, as the directory returns them */
	static List<AgencyTreeRows> of(List<Agency> inTreeOrder) {
		Map<Long, Integer> depths = new HashMap<>();
		return inTreeOrder.stream().map(agency -> {
			int depth = agency.parentId() == null ? 0 : depths.getOrDefault(agency.parentId(), 0) + 1;
			depths.put(agency.id(), depth);
			return new AgencyTreeRows(agency, depth);
		}).toList();
	}

	/** Indentation class for the table, capped so that deep trees stay readable. */
	public String indentClass() {
		return "depth-" + Math.min(depth, 4);
	}

}
