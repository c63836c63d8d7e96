package io.rtkwarehouse.config;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.util.unit.DataSize;

/** The checks of {@link RtkProperties}, worded for the operator. */
final class PropertyChecks {

	static final int MAX_ACCOUNT_ID_LENGTH = 32;

	/**
	 * Far above any API budget (Cloudflare's is 4), and a bound on the rate budget's log
	 * of the last second's starts.
	 */
	static final int MAX_REQUESTS_PER_SECOND = 100_000;

	static final String AUTO = "auto";

	static final DataSize MIN_BODY_SIZE = DataSize.ofKilobytes(1);

	/**
	 * Far above any real answer; a body is kept as one PostgreSQL value, and jsonb holds
	 * at most 256 MB.
	 */
	static final DataSize MAX_BODY_SIZE = DataSize.ofMegabytes(128);

	private PropertyChecks() {
	}

	/** A number of requests per second, or null for auto or what is no number. */
	static Double ceiling(String requestsPerSecond) {
		if (requestsPerSecond == null || requestsPerSecond.isBlank()
				|| AUTO.equalsIgnoreCase(requestsPerSecond.trim())) {
			return null;
		}
		try {
			return Double.valueOf(requestsPerSecond.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Values out of range, whatever the command. */
	static List<String> values(String zone, int lookbackDays, int chunkSize, Integer fetchRetentionDays,
			RtkProperties.Http http, RtkProperties.Rate rate, RtkProperties.Retry retry, RtkProperties.Lock lock,
			RtkProperties.Progress progress, List<String> apps) {
		List<String> problems = new ArrayList<>();
		try {
			ZoneId.of(zone);
		}
		catch (DateTimeException | NullPointerException ex) {
			problems
				.add("rtk.zone '" + zone + "' is not a known time zone (use an IANA id such as UTC or Europe/Berlin)");
		}
		range(problems, "rtk.lookback-days", lookbackDays, 0, 366);
		range(problems, "rtk.chunk-size", chunkSize, 1, 10_000);
		if (fetchRetentionDays != null && fetchRetentionDays < 1) {
			problems.add("rtk.fetch-retention-days must be at least 1 (leave it unset to keep every answer)");
		}
		Double ceiling = rate.ceiling();
		if (ceiling == null && !AUTO.equalsIgnoreCase(String.valueOf(rate.requestsPerSecond()).trim())) {
			problems.add("rtk.rate.requests-per-second '" + rate.requestsPerSecond() + "' is not a valid value");
		}
		else if (ceiling != null && !(ceiling > 0 && ceiling <= MAX_REQUESTS_PER_SECOND)) {
			problems.add("rtk.rate.requests-per-second must be auto, or greater than 0 and at most "
					+ MAX_REQUESTS_PER_SECOND + ", not " + ceiling);
		}
		range(problems, "rtk.rate.concurrency", rate.concurrency(), 1, 256);
		notNegative(problems, "rtk.rate.pause-without-retry-after", rate.pauseWithoutRetryAfter());
		positive(problems, "rtk.rate.max-pause", rate.maxPause());
		if (!(rate.reserve() >= 0 && rate.reserve() < 1)) {
			problems.add("rtk.rate.reserve must be at least 0 and less than 1 (a share of the quota), not "
					+ rate.reserve());
		}
		if (retry.maxAttempts() < 1) {
			problems.add("rtk.retry.max-attempts must be at least 1");
		}
		notNegative(problems, "rtk.retry.initial-backoff", retry.initialBackoff());
		notNegative(problems, "rtk.retry.max-backoff", retry.maxBackoff());
		positive(problems, "rtk.http.connect-timeout", http.connectTimeout());
		positive(problems, "rtk.http.read-timeout", http.readTimeout());
		positive(problems, "rtk.http.call-timeout", http.callTimeout());
		DataSize maxBodySize = http.maxBodySize();
		if (maxBodySize == null || maxBodySize.compareTo(MIN_BODY_SIZE) < 0
				|| maxBodySize.compareTo(MAX_BODY_SIZE) > 0) {
			problems.add("rtk.http.max-body-size must be between " + Units.size(MIN_BODY_SIZE) + " and "
					+ Units.size(MAX_BODY_SIZE) + ", not "
					+ ((maxBodySize != null) ? Units.size(maxBodySize) : "empty"));
		}
		positive(problems, "rtk.progress.interval", progress.interval());
		notNegative(problems, "rtk.lock.wait", lock.waitFor());
		for (String app : apps) {
			String problem = Ids.appProblem(app);
			if (problem != null) {
				problems.add("rtk.apps: " + problem);
			}
		}
		return problems;
	}

	/** What a command needs beyond well-formed values. */
	static List<String> forCommand(RtkProperties properties, boolean needsApi, boolean needsAccount) {
		List<String> problems = new ArrayList<>();
		String account = properties.accountId();
		if (isBlank(account)) {
			if (needsApi || needsAccount) {
				problems.add("the Cloudflare account id is missing: set CLOUDFLARE_ACCOUNT_ID (or rtk.account-id)");
			}
		}
		else if (account.length() > MAX_ACCOUNT_ID_LENGTH) {
			problems.add("the Cloudflare account id has " + account.length()
					+ " characters; an account id has at most 32 (check CLOUDFLARE_ACCOUNT_ID)");
		}
		else if (!Ids.isAccount(account)) {
			problems.add(Ids.accountProblem(account) + " (check CLOUDFLARE_ACCOUNT_ID)");
		}
		if (needsApi) {
			String token = properties.apiToken();
			if (isBlank(token)) {
				problems.add("the Cloudflare API token is missing: set CLOUDFLARE_API_TOKEN to a token with the"
						+ " \"Realtime\" or \"Realtime Admin\" permission");
			}
			else if (!token.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
				// Never echo it: it is a secret, even when it is a wrong one.
				problems.add("the Cloudflare API token holds a character no token has (a space, a line break, a"
						+ " control or non-ASCII character): check CLOUDFLARE_API_TOKEN");
			}
			String baseUrlProblem = baseUrlProblem(properties.baseUrl());
			if (baseUrlProblem != null) {
				problems.add(baseUrlProblem);
			}
		}
		return problems;
	}

	static String baseUrlProblem(String baseUrl) {
		URI uri;
		try {
			uri = URI.create(baseUrl.trim());
		}
		catch (RuntimeException ex) {
			return "rtk.base-url is not a valid URL";
		}
		if (uri.getRawUserInfo() != null) {
			return "rtk.base-url holds credentials (user:password@): remove them, the API token authenticates";
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			return "rtk.base-url '" + baseUrl + "' must be an http(s) URL such as https://api.cloudflare.com/client/v4";
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			return "rtk.base-url '" + baseUrl + "' must not have a query or a fragment";
		}
		if (scheme.equals("http") && !isLoopback(uri.getHost())) {
			return "rtk.base-url '" + baseUrl + "' uses plain http to a host that is not loopback;"
					+ " the API token would travel in clear: use https";
		}
		return null;
	}

	private static void range(List<String> problems, String name, int value, int min, int max) {
		if (value < min || value > max) {
			problems.add(name + " must be between " + min + " and " + max + ", not " + value);
		}
	}

	private static void positive(List<String> problems, String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			problems.add(name + " must be positive, not " + human(value));
		}
	}

	private static void notNegative(List<String> problems, String name, Duration value) {
		if (value == null || value.isNegative()) {
			problems.add(name + " must not be negative, not " + human(value));
		}
	}

	private static String human(Duration value) {
		return (value != null) ? Units.duration(value) : "empty";
	}

	private static boolean isLoopback(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
