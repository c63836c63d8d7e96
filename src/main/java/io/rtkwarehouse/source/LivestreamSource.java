package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.window.DayWindow;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Reads the RealtimeKit API: the numbers of one window, and the apps of the account.
 * Every request, retries included, draws from the one {@link RateBudget} of the process.
 */
@Component
public class LivestreamSource {

	private static final int APPS_PER_PAGE = 50;

	private static final int MAX_APP_PAGES = 10_000;

	private final RealtimeKitApi api;

	private final RtkProperties properties;

	private final SourceStats stats;

	private final ApiCalls calls;

	private final ApiBodies bodies;

	LivestreamSource(RealtimeKitApi api, RtkProperties properties, ObjectMapper mapper, Clock clock,
			MeterRegistry meterRegistry, Departures departures) {
		this.api = api;
		this.properties = properties;
		this.stats = new SourceStats(meterRegistry);
		this.bodies = new ApiBodies(mapper);
		this.calls = new ApiCalls(properties, this.bodies, clock, this.stats, departures);
	}

	/**
	 * The run is stopping: requests in flight end as they do, no new one starts, and
	 * {@link #fetch} throws {@link FetchStoppedException}.
	 */
	public void stop() {
		this.calls.stop();
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
	 * The calls of every endpoint: one budget, one set of retries, one stop for the
	 * process.
	 */
	ApiCalls calls() {
		return this.calls;
	}

	public SourceStats stats() {
		return this.stats;
	}

	/** The rate at which requests actually start over a long run. */
	public double pacedRequestsPerSecond() {
		return RateBudget.sustainedRate(this.properties.rate().ceiling());
	}

	/**
	 * Fetches one window. A window that still fails after its retries comes back as a
	 * failed result; only a refused token ({@link ApiAuthorizationException}) is thrown.
	 */
	public FetchResult fetch(DayWindow window) {
		String start = format(window.start());
		String end = format(window.end());
		ApiCalls.Outcome<LivestreamNumbers> outcome = this.calls.call("app " + window.appId() + " day " + window.day(),
				() -> this.api.livestreamsOverall(this.properties.accountId(), window.appId(), start, end),
				this.bodies::numbers);
		return new FetchResult(window, outcome.last().value(), outcome.answers(), outcome.last().error());
	}

	/** Every app of the account, following the paging of the apps endpoint. */
	public List<AppInfo> apps() {
		List<AppInfo> apps = new ArrayList<>();
		for (int page = 1; page <= MAX_APP_PAGES; page++) {
			int pageNo = page;
			ApiCalls.Reply<Responses.Apps> reply = this.calls
				.call("the app list (page " + page + ")",
						() -> this.api.apps(this.properties.accountId(), pageNo, APPS_PER_PAGE), this.bodies::apps)
				.last();
			if (reply.error() != null) {
				throw new ApiException(
						"the API at " + this.properties.baseUrl() + " cannot be used for account "
								+ this.properties.accountId() + " (listing its apps): " + reply.error(),
						reply.status() != null);
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
		return switch (this.properties.timeFormat()) {
			case EPOCH_SECONDS -> Long.toString(instant.getEpochSecond());
			case ISO_8601 -> DateTimeFormatter.ISO_INSTANT.format(instant);
		};
	}

}
