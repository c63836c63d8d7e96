package io.rtkwarehouse.job;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.source.SourceStats;
import io.rtkwarehouse.warehouse.DailyRows.WrittenRows;

/**
 * What one run did, printed at its end and stored with its job execution so that
 * {@code status} can show it: its windows (livestream days, and usage windows when that
 * dataset is loaded; rows loaded, skipped days are livestream days) and requests, then
 * the quota the API reported ({@code policy} null and {@code lowestRemaining} -1 when it
 * reported none), the time every request was paused after 429s, and the requests per
 * second achieved.
 */
public record RunSummary(long fetched, long usageFetched, long failed, WrittenRows rows, long skipped, long requests,
		long retries, long tooManyRequests, Duration duration, int exitCode, String policy, long lowestRemaining,
		Duration paused) {

	/** The exit code of a run stopped by a signal: 128 + its number, not known here. */
	public static final int STOPPED = -1;

	/** Key of the summary in the job execution's context. */
	public static final String KEY = "rtk.summary";

	/** Key of the number of raw answers pruned, when rtk.fetch-retention-days is set. */
	public static final String PRUNED_KEY = "rtk.pruned";

	/** Keys of the quota policy the API last reported: requests per window of seconds. */
	public static final String QUOTA_LIMIT_KEY = "rtk.quota.limit";

	public static final String QUOTA_WINDOW_KEY = "rtk.quota.window";

	static RunSummary of(long fetched, long usageFetched, long failed, WrittenRows rows, long skipped,
			SourceStats stats, Duration duration, int exitCode) {
		return new RunSummary(fetched, usageFetched, failed, rows, skipped, stats.requests(), stats.retries(),
				stats.tooManyRequests(), duration, exitCode, stats.quotaPolicy(), stats.lowestQuotaRemaining(),
				stats.paused());
	}

	@Override
	public String toString() {
		return String.format(
				"windows fetched: %d%s, failed: %d, loaded: %d (new %d, changed %d, unchanged %d),"
						+ " skipped: %d; API requests: %d, retries: %d, 429s: %d; %.1f s; %s",
				this.fetched + this.usageFetched,
				(this.usageFetched > 0) ? " (livestream days " + this.fetched + ", usage windows " + this.usageFetched
						+ " of up to 31 days)" : "",
				this.failed, this.rows.loaded(), this.rows.created(), this.rows.changed(), this.rows.unchanged(),
				this.skipped, this.requests, this.retries, this.tooManyRequests, this.duration.toMillis() / 1000.0,
				(this.exitCode == STOPPED) ? "stopped by a signal" : "exit code " + this.exitCode)
				+ String.format("; quota: %s; paused %.1f s; %.2f requests/s",
						(this.policy == null) ? "none reported" : this.policy + ", lowest left " + this.lowestRemaining,
						this.paused.toMillis() / 1000.0,
						(this.duration.toMillis() > 0) ? this.requests * 1000.0 / this.duration.toMillis() : 0.0);
	}

	/**
	 * The API requests, 429s and time paused of a summary as {@link #toString} wrote it,
	 * for {@code report}.
	 */
	public record Counts(long requests, long tooManyRequests, Duration paused) {

		private static final Pattern REQUESTS = Pattern.compile("API requests: (\\d+), retries: \\d+, 429s: (\\d+);");

		private static final Pattern PAUSED = Pattern.compile("; paused (\\d+)[.,](\\d) s;");

		/** Empty when the text is not such a summary (an older run's, or none). */
		public static Optional<Counts> readFrom(String summary) {
			if (summary == null) {
				return Optional.empty();
			}
			Matcher requests = REQUESTS.matcher(summary);
			Matcher paused = PAUSED.matcher(summary);
			if (!requests.find() || !paused.find()) {
				return Optional.empty();
			}
			Duration pause = Duration.ofSeconds(Long.parseLong(paused.group(1)))
				.plusMillis(100 * Long.parseLong(paused.group(2)));
			return Optional.of(new Counts(Long.parseLong(requests.group(1)), Long.parseLong(requests.group(2)), pause));
		}

	}

}
