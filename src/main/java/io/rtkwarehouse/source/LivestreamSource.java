package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.window.DayWindow;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Reads the RealtimeKit API: the numbers of one window, and the apps of the account.
 * Every request, retries included, draws from the one {@link RateBudget} of its
 * credential: each token has its own, shared by the accounts that use it.
 */
@Component
public class LivestreamSource {

	private static final int APPS_PER_PAGE = 50;

	private static final int MAX_APP_PAGES = 10_000;

	private final RealtimeKitApi api;

	private final MeterRegistry meterRegistry;

	private final ConfiguredAccounts accounts;

	/**
	 * The calls of each credential, by its token: accounts that share a token share its
	 * rate budget and its view of the quota, as Cloudflare counts the quota per token.
	 */
	private final Map<String, ApiCalls> calls = new ConcurrentHashMap<>();

	private final ApiBodies bodies;

	private final Clock clock;

	private final Departures departures;

	private volatile boolean stopped;

	LivestreamSource(RealtimeKitApi api, ConfiguredAccounts accounts, ObjectMapper mapper, Clock clock,
			MeterRegistry meterRegistry, Departures departures) {
		this.api = api;
		this.accounts = accounts;
		this.meterRegistry = meterRegistry;
		this.bodies = new ApiBodies(mapper);
		this.clock = clock;
		this.departures = departures;
	}

	/**
	 * The calls of the credential of the account that runs now, for every endpoint: one
	 * budget, one set of retries and one stop per token.
	 */
	ApiCalls calls() {
		RtkProperties account = this.accounts.current();
		return this.calls.computeIfAbsent(String.valueOf(account.apiToken()), (token) -> {
			ApiCalls calls = new ApiCalls(account, this.bodies, this.clock, new SourceStats(this.meterRegistry),
					this.departures);
			if (this.stopped) {
				calls.stop();
			}
			return calls;
		});
	}

	/**
	 * The run is stopping: requests in flight end as they do, no new one starts, and
	 * {@link #fetch} throws {@link FetchStoppedException}.
	 */
	public void stop() {
		this.stopped = true;
		this.calls.values().forEach(ApiCalls::stop);
	}

	/**
	 * The numbers of an {@code overall} answer, read as {@link #fetch} reads them: for a
	 * rebuild from the raw answers.
	 * @throws IllegalArgumentException when the answer does not read as numbers
	 */
	public LivestreamNumbers numbersOf(String body) {
		try {
			return this.bodies.numbers(body);
		}
		catch (ApiBodies.InvalidBodyException ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
	}

	/**
	 * The counters of the credential of the account that runs now: a run of each account
	 * counts its token's requests.
	 */
	public SourceStats stats() {
		return calls().stats();
	}

	/** The rate at which requests actually start over a long run. */
	public double pacedRequestsPerSecond() {
		return RateBudget.sustainedRate(this.accounts.current().rate().ceiling());
	}

	/**
	 * Fetches one window. A window that still fails after its retries comes back as a
	 * failed result; only a refused token ({@link ApiAuthorizationException}) is thrown.
	 */
	public FetchResult fetch(DayWindow window) {
		String start = format(window.start());
		String end = format(window.end());
		String account = this.accounts.current().accountId();
		ApiCalls.Outcome<LivestreamNumbers> outcome = calls().call("app " + window.appId() + " day " + window.day(),
				() -> this.api.livestreamsOverall(account, window.appId(), start, end), this.bodies::numbers);
		return new FetchResult(window, outcome.last().value(), outcome.answers(), outcome.last().error());
	}

	/** Every app of the account, following the paging of the apps endpoint. */
	public List<AppInfo> apps() {
		RtkProperties properties = this.accounts.current();
		ApiCalls calls = calls();
		List<AppInfo> apps = new ArrayList<>();
		for (int page = 1; page <= MAX_APP_PAGES; page++) {
			int pageNo = page;
			ApiCalls.Reply<Responses.Apps> reply = calls
				.call("the app list (page " + page + ")",
						() -> this.api.apps(properties.accountId(), pageNo, APPS_PER_PAGE), this.bodies::apps)
				.last();
			if (reply.error() != null) {
				throw new ApiException("the API at " + properties.baseUrl() + " cannot be used for account "
						+ properties.accountId() + " (listing its apps): " + reply.error(), reply.status() != null);
			}
			List<AppInfo> data = reply.value().data();
			if (data == null || data.isEmpty()) {
				break;
			}
			apps.addAll(data);
			Responses.Paging paging = reply.value().paging();
			if (paging == null || paging.endOffset() == null || paging.totalCount() == null
					|| paging.endOffset() >= paging.totalCount()) {
				break;
			}
		}
		return apps;
	}

	String format(Instant instant) {
		return switch (this.accounts.current().timeFormat()) {
			case EPOCH_SECONDS -> Long.toString(instant.getEpochSecond());
			case ISO_8601 -> DateTimeFormatter.ISO_INSTANT.format(instant);
		};
	}

}
