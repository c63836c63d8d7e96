package io.rtkwarehouse.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * Per-deployment settings under the {@code rtk} prefix. Per-run inputs (date range, apps
 * of one run) are job parameters, not properties.
 *
 * <p>
 * A value that is out of range fails the binding with every such problem at once
 * ({@link InvalidConfigurationException}), so that the command line prints them all and
 * exits 2 before any bean uses them; {@link #problems} adds what a command needs (token,
 * account, base URL). {@code accounts} is the list form of the accounts
 * ({@link ConfiguredAccounts}); {@code account-id} and {@code api-token} its one-account
 * shorthand.
 */
@ConfigurationProperties("rtk")
public record RtkProperties(@DefaultValue("https://api.cloudflare.com/client/v4") String baseUrl, String apiToken,
		String accountId, @DefaultValue List<String> apps, @DefaultValue("UTC") String zone,
		@DefaultValue("3") int lookbackDays, @DefaultValue("epoch-seconds") TimeFormat timeFormat,
		@DefaultValue("50") int chunkSize, Integer fetchRetentionDays, @DefaultValue Http http, @DefaultValue Rate rate,
		@DefaultValue Retry retry, @DefaultValue Lock lock, @DefaultValue Progress progress,
		@DefaultValue("livestreams") List<String> datasets, @DefaultValue List<AccountEntry> accounts,
		@DefaultValue("180d") Duration sourceRetention, @DefaultValue Spans spans) {

	public RtkProperties {
		apps = (apps == null) ? List.of()
				: apps.stream().map(String::trim).filter((app) -> !app.isEmpty()).distinct().toList();
		accounts = (accounts == null) ? List.of() : List.copyOf(accounts);
		List<String> problems = new ArrayList<>(PropertyChecks.values(zone, lookbackDays, chunkSize, fetchRetentionDays,
				http, rate, retry, lock, progress, apps));
		if (sourceRetention != null && sourceRetention.isNegative()) {
			problems.add("rtk.source-retention must not be negative (0 turns the protection of old days off)");
		}
		sourceRetention = (sourceRetention == null) ? Duration.ZERO : sourceRetention;
		spans = (spans == null) ? new Spans(true, Spans.DEFAULT_SAMPLE_SHARE) : spans;
		if (!(spans.sampleShare() > 0 && spans.sampleShare() <= 1)) {
			problems.add("rtk.spans.sample-share must be more than 0 and at most 1 (the share of days inferred from"
					+ " a zero span that are asked again one by one), got " + spans.sampleShare());
		}
		datasets = (datasets == null) ? List.of()
				: datasets.stream()
					.map((id) -> id.trim().toLowerCase(Locale.ROOT))
					.filter((id) -> !id.isEmpty())
					.distinct()
					.toList();
		if (!problems.isEmpty()) {
			throw new InvalidConfigurationException(problems);
		}
	}

	/** The same settings, sending times in {@code format} ({@code check} tries each). */
	public RtkProperties withTimeFormat(TimeFormat format) {
		return new RtkProperties(this.baseUrl, this.apiToken, this.accountId, this.apps, this.zone, this.lookbackDays,
				format, this.chunkSize, this.fetchRetentionDays, this.http, this.rate, this.retry, this.lock,
				this.progress, this.datasets, this.accounts, this.sourceRetention, this.spans);
	}

	/** How {@code start_time} and {@code end_time} are sent to the API. */
	public enum TimeFormat {

		/** Unix timestamps in seconds: the current official contract. */
		EPOCH_SECONDS,

		/** ISO 8601 instants such as {@code 2025-03-01T00:00:00Z}: the older contract. */
		ISO_8601

	}

	/**
	 * Limits of the API client's requests: timeouts to connect, between bytes, for the
	 * whole call; the largest body it reads.
	 */
	public record Http(@DefaultValue("10s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout,
			@DefaultValue("2m") Duration callTimeout, @DefaultValue("1MB") DataSize maxBodySize) {
	}

	/**
	 * The one request budget that every fetch of the process draws from: {@code auto}
	 * (the server's quota, less the {@code reserve}) or a number of requests per second
	 * that the quota can only lower.
	 */
	public record Rate(@DefaultValue("auto") String requestsPerSecond, @DefaultValue("4") int concurrency,
			@DefaultValue("5m") Duration pauseWithoutRetryAfter, @DefaultValue("0.1") double reserve,
			@DefaultValue("15m") Duration maxPause) {

		/**
		 * The configured ceiling, or null for {@code auto} (or a value that is no
		 * number).
		 */
		public Double ceiling() {
			return PropertyChecks.ceiling(this.requestsPerSecond);
		}

	}

	/**
	 * Retries of one request: exponential backoff with jitter, honouring
	 * {@code retry-after}.
	 */
	public record Retry(@DefaultValue("5") int maxAttempts, @DefaultValue("500ms") Duration initialBackoff,
			@DefaultValue("8s") Duration maxBackoff) {
	}

	/**
	 * The run lock that keeps two runs of one account from fetching at the same time.
	 */
	public record Lock(@Name("wait") @DefaultValue("0s") Duration waitFor) {
	}

	/**
	 * Zero spans of the livestreams dataset: whether a run may ask once for a run of days
	 * (up to a calendar month) and infer zeros for every day of an answer of zeros, and
	 * the share of inferred days asked again one by one to check it (at least one per
	 * run).
	 */
	public record Spans(@DefaultValue("true") boolean enabled, @DefaultValue("0.02") double sampleShare) {

		static final double DEFAULT_SAMPLE_SHARE = 0.02;

	}

	/** How often a run that is not on a terminal logs its progress. */
	public record Progress(@DefaultValue("30s") Duration interval) {
	}

	public ZoneId zoneId() {
		return ZoneId.of(this.zone);
	}

	/**
	 * Every problem of a command's configuration, worded for the operator: the ones a
	 * command needs beyond well-formed values (those are refused when the properties are
	 * bound, before any bean uses them).
	 * @param needsApi whether the command talks to the API (token, account and base URL
	 * matter)
	 * @param needsAccount whether the command works on one account (else an account id is
	 * checked only when given)
	 */
	public List<String> problems(boolean needsApi, boolean needsAccount) {
		return PropertyChecks.forCommand(this, needsApi, needsAccount);
	}

	@Override
	public String toString() {
		// The token must never reach a log line, not even through toString().
		return "RtkProperties[baseUrl=" + this.baseUrl + ", accountId=" + this.accountId + ", apps=" + this.apps
				+ ", zone=" + this.zone + ", lookbackDays=" + this.lookbackDays + ", timeFormat=" + this.timeFormat
				+ ", chunkSize=" + this.chunkSize + ", fetchRetentionDays=" + this.fetchRetentionDays + ", http="
				+ this.http + ", rate=" + this.rate + ", retry=" + this.retry + ", lock=" + this.lock + ", progress="
				+ this.progress + ", datasets=" + this.datasets + ", accounts=" + this.accounts + ", spans="
				+ this.spans + ", apiToken="
				+ ((this.apiToken == null || this.apiToken.isBlank()) ? "<unset>" : "<redacted>") + "]";
	}

}
