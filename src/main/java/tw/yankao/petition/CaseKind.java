package tw.yankao.petition;

/** What a case is: its kind decides how its deadline counts. */
public enum CaseKind {
	/** 派工: a work order such as a street light out; SLA in hours, around the clock */
	DISPATCH,
	/** 一般陳情: SLA in working days of the government calendar */
	PETITION,
	/** 市政諮詢: answered on the spot by the 1999 agent, recorded closed */
	INQUIRY
}
