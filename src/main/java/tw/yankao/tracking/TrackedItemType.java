package tw.yankao.tracking;

/**
 * The kinds of tracked item (列管). Whether an item's progress is construction progress decides
 * which lag threshold of the city profile applies to it.
 */
public enum TrackedItemType {
	/** 重大建設計畫 */
	MAJOR_CONSTRUCTION(true),
	/** 標案, tracked from the profile's tender threshold */
	TENDER(false),
	/** 專案列管 */
	SPECIAL_PROJECT(false),
	/** 市長承諾事項, with its source */
	MAYORS_COMMITMENT(false),
	/** 議會決議案, with council session and reply deadline */
	COUNCIL_RESOLUTION(false),
	/** 書面質詢, with council session and reply deadline */
	COUNCILLOR_QUESTION(false),
	/** 市政會議指示 */
	CITY_MEETING_INSTRUCTION(false),
	/** 治安 / 公安會報 */
	SECURITY_MEETING_DECISION(false),
	/** 出國報告 and its recommendations */
	OVERSEAS_TRIP_REPORT(false),
	/** 區域治理合作提案 */
	REGIONAL_COOPERATION(false),
	/** 基本設施補助計畫 */
	BASIC_INFRASTRUCTURE_SUBSIDY(true),
	/** 道安初評建議 */
	ROAD_SAFETY_RECOMMENDATION(false);

	private final boolean construction;

	TrackedItemType(boolean construction) {
		this.construction = construction;
	}

	/** Whether the item's progress is construction progress, judged by the construction threshold. */
	public boolean isConstruction() {
		return construction;
	}

}
