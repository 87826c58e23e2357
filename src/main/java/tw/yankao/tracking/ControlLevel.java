package tw.yankao.tracking;

/** Who controls a tracked item: the agency itself (自行列管), the city (府列管) or the mayor (市長列管). */
public enum ControlLevel {
	AGENCY, CITY, MAYOR
}
