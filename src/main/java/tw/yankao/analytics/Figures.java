package tw.yankao.analytics;

import tw.yankao.petition.PetitionStatistics;

/**
 * The handling figures of one period, summed from daily roll-ups.
 *
 * @param handlingSeconds the sum of received-to-closed times of the closed cases
 * @param histogram closed cases per bucket of {@link PetitionStatistics#HANDLING_HOURS}
 */
public record Figures(long received, long closed, long closedOnTime, long handlingSeconds, long[] histogram,
		long returns, long transfers, long reopens) {

	static Figures zero() {
		return new Figures(0, 0, 0, 0, new long[PetitionStatistics.HANDLING_HOURS.length + 1], 0, 0, 0);
	}

	Figures plus(int received, int closed, int onTime, long seconds, int[] buckets, int returns, int transfers, int reopens) {
		long[] sum = histogram.clone();
		for (int i = 0; i < buckets.length && i < sum.length; i++) {
			sum[i] += buckets[i];
		}
		return new Figures(this.received + received, this.closed + closed, closedOnTime + onTime, handlingSeconds + seconds,
				sum, this.returns + returns, this.transfers + transfers, this.reopens + reopens);
	}

	/** Percent 0–100 of closed cases closed by their deadline, or null when none was closed. */
	public Double onTimePercent() {
		return closed == 0 ? null : 100.0 * closedOnTime / closed;
	}

	/** Hours from receipt to closure on average, or null when none was closed. */
	public Double averageHours() {
		return closed == 0 ? null : handlingSeconds / 3600.0 / closed;
	}

	/**
	 * The 90th percentile of handling time in hours, as the upper bound of the bucket that holds it
	 * (the roll-ups keep buckets, not every time); null when none was closed or it lies in the
	 * open-ended last bucket, shown as "over the last bound".
	 */
	public Integer p90Hours() {
		if (closed == 0) {
			return null;
		}
		long rank = (long) Math.ceil(0.9 * closed);
		long seen = 0;
		for (int i = 0; i < histogram.length; i++) {
			seen += histogram[i];
			if (seen >= rank) {
				return i < PetitionStatistics.HANDLING_HOURS.length ? PetitionStatistics.HANDLING_HOURS[i] : null;
			}
		}
		return null;
	}

	/** Percent 0–100 of reopenings against closures, or null when none was closed. */
	public Double reopenPercent() {
		return closed == 0 ? null : 100.0 * reopens / closed;
	}

}
