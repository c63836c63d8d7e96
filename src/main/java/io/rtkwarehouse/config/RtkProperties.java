package io.rtkwarehouse.config;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * Per-deployment settings under the {@code rtk} prefix. Per-run inputs (date range, apps
 * of one run) are job parameters, not properties.
 *
 * <p>
 * Binding never fails on a bad value of ours: {@link #problems(boolean)} lists every
 * problem at once so that the command line can print them all and exit 2 before anything
 * is written.
 */
@ConfigurationProperties("rtk")
public record RtkProperties(@DefaultValue("https://api.cloudflare.com/client/v4") String baseUrl, String apiToken,
		String accountId, @DefaultValue List<String> apps, @DefaultValue("UTC") String zone,
		@DefaultValue("3") int lookbackDays, @DefaultValue("epoch-seconds") TimeFormat timeFormat,
		@DefaultValue("50") int chunkSize, Integer fetchRetentionDays, @DefaultValue Http http, @DefaultValue Rate rate,
		@DefaultValue Retry retry, @DefaultValue Lock lock, @DefaultValue Progress progress) {

	static final int MAX_ACCOUNT_ID_LENGTH = 32;

	/**
	 * Far above any API budget (Cloudflare's is 4), and a bound on the rate budget's log
	 * of the last second's starts.
	 */
	static final int MAX_REQUESTS_PER_SECOND = 100_000;

	static final DataSize MIN_BODY_SIZE = DataSize.ofKilobytes(1);

	/**
	 * Far above any real answer; a body is kept as one PostgreSQL value, and jsonb holds
	 * at most 256 MB.
	 */
	static final DataSize MAX_BODY_SIZE = DataSize.ofMegabytes(128);

	public RtkProperties {
		apps = (apps == null) ? List.of()
				: apps.stream().map(String::trim).filter((app) -> !app.isEmpty()).distinct().toList();
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

	/** The one request budget that every fetch of the process draws from. */
	public record Rate(@DefaultValue("2") double requestsPerSecond, @DefaultValue("4") int concurrency,
			@DefaultValue("60s") Duration pauseWithoutRetryAfter) {
	}

	/**
	 * Retries of one request: exponential backoff with jitter, honouring
	 * {@code retry-after}.
	 */
	public record Retry(@DefaultValue("5") int maxAttempts, @DefaultValue("500ms") Duration initialBackoff,
			@DefaultValue("8s") Duration maxBackoff) {
	}

	/**
	 * The advisory lock that keeps two runs of one account from fetching at the same
	 * time.
	 */
	public record Lock(@Name("wait") @DefaultValue("0s") Duration waitFor) {
	}

	/** How often a run that is not on a terminal logs its progress. */
	public record Progress(@DefaultValue("30s") Duration interval) {
	}

	public ZoneId zoneId() {
		return ZoneId.of(this.zone);
	}

	/**
	 * Every configuration problem, worded for the operator.
	 * @param needsApi whether the command talks to the API (token, account and base URL
	 * matter)
	 * @param needsAccount whether the command works on one account (else an account id is
	 * checked only when given)
	 */
	public List<String> problems(boolean needsApi, boolean needsAccount) {
		List<String> problems = new ArrayList<>();
		try {
			ZoneId.of(this.zone);
		}
		catch (DateTimeException ex) {
			problems.add("rtk.zone '" + this.zone
					+ "' is not a known time zone (use an IANA id such as UTC or Europe/Berlin)");
		}
		if (this.lookbackDays < 0 || this.lookbackDays > 366) {
			problems.add("rtk.lookback-days must be between 0 and 366, not " + this.lookbackDays);
		}
		if (this.chunkSize < 1 || this.chunkSize > 10_000) {
			problems.add("rtk.chunk-size must be between 1 and 10000, not " + this.chunkSize);
		}
		if (this.fetchRetentionDays != null && this.fetchRetentionDays < 1) {
			problems.add("rtk.fetch-retention-days must be at least 1 (leave it unset to keep every answer)");
		}
		if (!(this.rate.requestsPerSecond() > 0 && this.rate.requestsPerSecond() <= MAX_REQUESTS_PER_SECOND)) {
			problems.add("rtk.rate.requests-per-second must be greater than 0 and at most " + MAX_REQUESTS_PER_SECOND
					+ ", not " + this.rate.requestsPerSecond());
		}
		if (this.rate.concurrency() < 1 || this.rate.concurrency() > 256) {
			problems.add("rtk.rate.concurrency must be between 1 and 256, not " + this.rate.concurrency());
		}
		if (this.http.callTimeout().isNegative() || this.http.callTimeout().isZero()) {
			problems.add("rtk.http.call-timeout must be positive, not " + Units.duration(this.http.callTimeout()));
		}
		DataSize maxBodySize = this.http.maxBodySize();
		if (maxBodySize.compareTo(MIN_BODY_SIZE) < 0 || maxBodySize.compareTo(MAX_BODY_SIZE) > 0) {
			problems.add("rtk.http.max-body-size must be between " + Units.size(MIN_BODY_SIZE) + " and "
					+ Units.size(MAX_BODY_SIZE) + ", not " + Units.size(maxBodySize));
		}
		if (this.retry.maxAttempts() < 1) {
			problems.add("rtk.retry.max-attempts must be at least 1");
		}
		if (this.progress.interval().isNegative() || this.progress.interval().isZero()) {
			problems.add("rtk.progress.interval must be positive");
		}
		if (this.lock.waitFor().isNegative()) {
			problems.add("rtk.lock.wait must not be negative");
		}
		if (isBlank(this.accountId)) {
			if (needsApi || needsAccount) {
				problems.add("the Cloudflare account id is missing: set CLOUDFLARE_ACCOUNT_ID (or rtk.account-id)");
			}
		}
		else if (this.accountId.length() > MAX_ACCOUNT_ID_LENGTH) {
			problems.add("the Cloudflare account id has " + this.accountId.length()
					+ " characters; an account id has at most 32 (check CLOUDFLARE_ACCOUNT_ID)");
		}
		if (needsApi) {
			if (isBlank(this.apiToken)) {
				problems.add("the Cloudflare API token is missing: set CLOUDFLARE_API_TOKEN to a token with the"
						+ " \"Realtime\" or \"Realtime Admin\" permission");
			}
			String baseUrlProblem = baseUrlProblem(this.baseUrl);
			if (baseUrlProblem != null) {
				problems.add(baseUrlProblem);
			}
		}
		return problems;
	}

	private static String baseUrlProblem(String baseUrl) {
		URI uri;
		try {
			uri = URI.create(baseUrl.trim());
		}
		catch (RuntimeException ex) {
			return "rtk.base-url '" + baseUrl + "' is not a valid URL";
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase() : "";
		if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			return "rtk.base-url '" + baseUrl + "' must be an http(s) URL such as https://api.cloudflare.com/client/v4";
		}
		if (scheme.equals("http") && !isLoopback(uri.getHost())) {
			return "rtk.base-url '" + baseUrl + "' uses plain http to a host that is not loopback;"
					+ " the API token would travel in clear: use https";
		}
		return null;
	}

	private static boolean isLoopback(String host) {
		String h = host.toLowerCase();
		return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	@Override
	public String toString() {
		// The token must never reach a log line, not even through toString().
		return "RtkProperties[baseUrl=" + this.baseUrl + ", accountId=" + this.accountId + ", apps=" + this.apps
				+ ", zone=" + this.zone + ", lookbackDays=" + this.lookbackDays + ", timeFormat=" + this.timeFormat
				+ ", chunkSize=" + this.chunkSize + ", fetchRetentionDays=" + this.fetchRetentionDays + ", http="
				+ this.http + ", rate=" + this.rate + ", retry=" + this.retry + ", lock=" + this.lock + ", progress="
				+ this.progress + ", apiToken=" + (isBlank(this.apiToken) ? "<unset>" : "<redacted>") + "]";
	}

}
