package tw.yankao.plan;

/**
 * Where an indicator's actual values come from: typed in by the agency, computed by its formula
 * from named measures typed in, or live from a metric another module offers (the binding to the
 * metric is stored by the live indicators).
 */
public enum DataSource {
	MANUAL, FORMULA, LIVE
}
