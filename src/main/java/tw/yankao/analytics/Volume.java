package tw.yankao.analytics;

/**
 * Cases received under one key (a channel, category, agency or district code) in the month, the
 * month before and the same month a year earlier.
 */
public record Volume(String key, long current, long previousMonth, long lastYear) {

	/** Percent change against the month before, or null when it had none. */
	public Double changeOnMonth() {
		return change(previousMonth);
	}

	/** Percent change against the same month last year, or null when it had none. */
	public Double changeOnYear() {
		return change(lastYear);
	}

	private Double change(long before) {
		return before == 0 ? null : 100.0 * (current - before) / before;
	}

}
