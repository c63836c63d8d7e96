package io.rtkwarehouse.job;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Locale;

import io.rtkwarehouse.source.SourceStats;
import io.rtkwarehouse.warehouse.Written;

/**
 * What one run did, printed at its end and stored with its job execution so that
 * {@code status} can show it: its windows (one app and one day of a dataset), over every
 * dataset of the run and, with several, per dataset; then its requests, the quota the API
 * reported for the account's token ({@code policy} null and {@code lowestRemaining} -1
 * when it reported none; accounts that share the token share it), the time every request
 * was paused, and the requests per second achieved over {@code requestSpan}, from the
 * first request to the end (which the job's {@code duration} may not cover: the apps
 * listing and the range guard come before it). Requests, retries, 429s, pauses and the
 * rate are the account's run's own, not those of its token or the process.
 */
public record RunSummary(List<Part> parts, long requests, long retries, long tooManyRequests, Duration duration,
		int exitCode, String policy, long lowestRemaining, Duration paused, Duration requestSpan) {

	/** The exit code of a run stopped by a signal: 128 + its number, not known here. */
	public static final int STOPPED = -1;

	/** Key of the summary in the job execution's context. */
	public static final String KEY = "rtk.summary";

	/** Key of the number of raw answers pruned, when rtk.fetch-retention-days is set. */
	public static final String PRUNED_KEY = "rtk.pruned";

	/** Keys of the quota policy the API last reported: requests per window of seconds. */
	public static final String QUOTA_LIMIT_KEY = "rtk.quota.limit";

	public static final String QUOTA_WINDOW_KEY = "rtk.quota.window";

	static RunSummary of(List<Part> parts, SourceStats stats, Duration duration, int exitCode) {
		Duration span = stats.sinceFirstRequest();
		return new RunSummary(parts, stats.requests(), stats.retries(), stats.tooManyRequests(), duration, exitCode,
				stats.quotaPolicy(), stats.lowestQuotaRemaining(), stats.paused(),
				(span.compareTo(duration) > 0) ? span : duration);
	}

	@Override
	public String toString() {
		Part total = this.parts.stream().reduce(new Part("all", 0, 0, 0, Written.NONE, 0, 0), Part::plus);
		String each = (this.parts.size() > 1) ? " (" + this.parts.stream()
			.map((part) -> part.dataset() + ": " + part.text(false))
			.collect(Collectors.joining("; ")) + ")" : "";
		return "windows " + total.text(this.exitCode == STOPPED) + each
				+ String.format(Locale.ROOT, "; API requests: %d, retries: %d, 429s: %d; %.1f s; %s", this.requests,
						this.retries, this.tooManyRequests, this.duration.toMillis() / 1000.0,
						(this.exitCode == STOPPED) ? "stopped by a signal" : "exit code " + this.exitCode)
				+ String.format(Locale.ROOT, "; token quota: %s; paused %.1f s; %.2f requests/s",
						(this.policy == null) ? "none reported" : this.policy + ", lowest left " + this.lowestRemaining,
						this.paused.toMillis() / 1000.0,
						(this.requestSpan.toMillis() > 0) ? this.requests * 1000.0 / this.requestSpan.toMillis() : 0.0);
	}

	/**
	 * The windows of one dataset in a run.
	 *
	 * @param fetched windows fetched (loaded, failed or left out of their answer)
	 * @param failed windows whose fetch failed after its retries
	 * @param missing windows the answer covered but left out (unknown, not zero)
	 * @param rows the windows whose rows were written: new, changed, unchanged
	 * @param skipped windows of the range the run did not need to fetch (final and
	 * loaded, or loaded by this run before)
	 * @param notFetched windows it planned but did not fetch (a stop, a failure that
	 * ended the run)
	 */
	public record Part(String dataset, long fetched, long failed, long missing, Written rows, long skipped,
			long notFetched) {

		Part plus(Part other) {
			return new Part(this.dataset, this.fetched + other.fetched, this.failed + other.failed,
					this.missing + other.missing, this.rows.plus(other.rows), this.skipped + other.skipped,
					this.notFetched + other.notFetched);
		}

		String text(boolean stopped) {
			return String.format(Locale.ROOT,
					"fetched: %d, failed: %d, loaded: %d (new %d, changed %d, unchanged %d)%s, skipped: %d%s",
					this.fetched, this.failed, this.rows.loaded(), this.rows.created(), this.rows.changed(),
					this.rows.unchanged(), (this.missing > 0) ? ", left out by the API: " + this.missing : "",
					this.skipped,
					(this.notFetched > 0) ? ", not fetched: " + this.notFetched + (stopped ? " (stopped)" : "") : "");
		}

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
