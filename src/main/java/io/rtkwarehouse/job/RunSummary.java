package io.rtkwarehouse.job;

import java.time.Duration;

import io.rtkwarehouse.source.SourceStats;
import io.rtkwarehouse.warehouse.DailyRows.WrittenRows;

/**
 * What one run did, printed at its end and stored with its job execution so that
 * {@code status} can show it.
 */
public record RunSummary(long fetched, long failed, WrittenRows rows, long skipped, long requests, long retries,
		long tooManyRequests, Duration duration, int exitCode) {

	/** The exit code of a run stopped by a signal: 128 + its number, not known here. */
	public static final int STOPPED = -1;

	/** Key of the summary in the job execution's context. */
	public static final String KEY = "rtk.summary";

	/** Key of the number of raw answers pruned, when rtk.fetch-retention-days is set. */
	public static final String PRUNED_KEY = "rtk.pruned";

	static RunSummary of(long fetched, long failed, WrittenRows rows, long skipped, SourceStats stats,
			Duration duration, int exitCode) {
		return new RunSummary(fetched, failed, rows, skipped, stats.requests(), stats.retries(),
				stats.tooManyRequests(), duration, exitCode);
	}

	@Override
	public String toString() {
		return String.format(
				"windows fetched: %d, failed: %d, loaded: %d (new %d, changed %d, unchanged %d),"
						+ " skipped: %d; API requests: %d, retries: %d, 429s: %d; %.1f s; %s",
				this.fetched, this.failed, this.rows.loaded(), this.rows.created(), this.rows.changed(),
				this.rows.unchanged(), this.skipped, this.requests, this.retries, this.tooManyRequests,
				this.duration.toMillis() / 1000.0,
				(this.exitCode == STOPPED) ? "stopped by a signal" : "exit code " + this.exitCode);
	}

}
