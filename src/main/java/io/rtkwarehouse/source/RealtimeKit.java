package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import tools.jackson.core.JacksonException;

import org.springframework.stereotype.Component;

/**
 * The RealtimeKit API as the datasets and the runs use it: every call is made for an
 * account given explicitly, carries that account's token, and draws from the one
 * {@link RateBudget} of the token (accounts that share a token share it, as Cloudflare
 * counts the quota per token), with its retries and its stop.
 */
@Component
public class RealtimeKit {

	private static final int APPS_PER_PAGE = 50;

	private static final int MAX_APP_PAGES = 10_000;

	private final RealtimeKitApi api;

	private final ConfiguredAccounts accounts;

	private final MeterRegistry meterRegistry;

	private final Clock clock;

	private final Departures departures;

	private final Map<String, ApiCalls> calls = new ConcurrentHashMap<>();

	private volatile boolean stopped;

	RealtimeKit(RealtimeKitApi api, ConfiguredAccounts accounts, MeterRegistry meterRegistry, Clock clock,
			Departures departures) {
		this.api = api;
		this.accounts = accounts;
		this.meterRegistry = meterRegistry;
		this.clock = clock;
		this.departures = departures;
		// One gauge for the process, whatever the number of tokens (a second registration
		// of the same gauge would be ignored with a warning).
		Gauge.builder("rtk.api.quota.remaining", this, RealtimeKit::lowestQuotaRemaining)
			.description("The quota the API last reported left, the lowest over the tokens (-1: none reported)")
			.register(meterRegistry);
	}

	/**
	 * Asks the analytics endpoint at {@code endpoint} below the app for {@code account},
	 * with its retries: a call that still fails comes back as a failed outcome; only a
	 * refused token ({@link ApiAuthorizationException}) is thrown.
	 * @param what the call, in words, for messages ("app X day D")
	 */
	public <T> Outcome<T> get(RtkProperties account, String what, String appId, String endpoint,
			Map<String, String> query, BodyReader<T> reader) {
		String authorization = "Bearer " + account.apiToken();
		return calls(account).call(what, () -> this.api.app(authorization, account.accountId(), appId, endpoint, query),
				reader);
	}

	/** Every app of the account, following the paging of the apps endpoint. */
	public List<AppInfo> apps(RtkProperties account) {
		ApiCalls calls = calls(account);
		String authorization = "Bearer " + account.apiToken();
		List<AppInfo> apps = new ArrayList<>();
		for (int page = 1; page <= MAX_APP_PAGES; page++) {
			int pageNo = page;
			Outcome<AppPage> outcome = calls.call("the app list (page " + page + ")",
					() -> this.api.apps(authorization, account.accountId(), pageNo, APPS_PER_PAGE), RealtimeKit::page);
			if (!outcome.loaded()) {
				throw new ApiException(
						"the API at " + account.baseUrl() + " (rtk.base-url) cannot be used for account "
								+ account.accountId() + " (listing its apps): " + outcome.error(),
						outcome.httpStatus() != null);
			}
			if (outcome.value().data() != null) {
				apps.addAll(outcome.value().data());
			}
			if (outcome.value().last()) {
				break;
			}
		}
		return apps;
	}

	private static AppPage page(String body) throws InvalidBodyException {
		AppPage page;
		try {
			page = ApiJson.MAPPER.readerFor(AppPage.class)
				.with(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
				.readValue(body);
		}
		catch (JacksonException ex) {
			throw new InvalidBodyException("body is not valid JSON: " + ApiError.describe(body), true);
		}
		if (page == null) {
			throw new InvalidBodyException("empty body", true);
		}
		ApiJson.success(body);
		return page;
	}

	/** A time of a request as {@code rtk.time-format} sends it. */
	public String time(RtkProperties account, Instant instant) {
		return switch (account.timeFormat()) {
			case EPOCH_SECONDS -> Long.toString(instant.getEpochSecond());
			case ISO_8601 -> DateTimeFormatter.ISO_INSTANT.format(instant);
		};
	}

	/**
	 * The counters of the account's token: the run of each account counts its token's
	 * requests.
	 */
	public SourceStats stats(RtkProperties account) {
		return calls(account).stats();
	}

	/** The quota the API last reported left, the lowest over the tokens; -1 for none. */
	public long lowestQuotaRemaining() {
		return this.calls.values()
			.stream()
			.mapToLong((calls) -> calls.stats().quotaRemaining())
			.filter((left) -> left >= 0)
			.min()
			.orElse(-1);
	}

	/** The 429s of every token of this process. */
	public long tooManyRequests() {
		return this.calls.values().stream().mapToLong((calls) -> calls.stats().tooManyRequests()).sum();
	}

	/**
	 * The rate at which the account's requests start over a long run, without a quota.
	 */
	public double pacedRequestsPerSecond(RtkProperties account) {
		return RateBudget.sustainedRate(account.rate().ceiling());
	}

	/**
	 * The run is stopping: requests in flight end as they do, no new one starts, and a
	 * call not begun throws {@link FetchStoppedException}.
	 */
	public void stop() {
		this.stopped = true;
		this.calls.values().forEach(ApiCalls::stop);
	}

	private ApiCalls calls(RtkProperties account) {
		return this.calls.computeIfAbsent(String.valueOf(account.apiToken()), (token) -> {
			ApiCalls calls = new ApiCalls(account, this.accounts.tokenSetting(account.accountId()), this.clock,
					new SourceStats(this.meterRegistry), this.departures);
			if (this.stopped) {
				calls.stop();
			}
			return calls;
		});
	}

}
