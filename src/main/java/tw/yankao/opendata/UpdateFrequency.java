package tw.yankao.opendata;

import java.time.YearMonth;

/** data.gov.tw's accrualPeriodicity (更新頻率), in months, with its DCAT frequency IRI. */
public enum UpdateFrequency {

	MONTHLY(1, "每1月", "http://purl.org/cld/freq/monthly"),
	QUARTERLY(3, "每3月", "http://purl.org/cld/freq/quarterly");

	private final int months;
	private final String label;
	private final String iri;

	UpdateFrequency(int months, String label, String iri) {
		this.months = months;
		this.label = label;
		this.iri = iri;
	}

	public int months() {
		return months;
	}

	/** The label data.gov.tw shows. */
	public String label() {
		return label;
	}

	public String iri() {
		return iri;
	}

	/** The latest period a release is still timely for in {@code current}: the period just ended, minus the frequency's slack. */
	public YearMonth oldestTimelyPeriod(YearMonth current) {
		return current.minusMonths(months + 1L);
	}

}
