package io.rtkwarehouse.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import feign.FeignException;
import feign.Response;
import io.micrometer.core.instrument.MeterRegistry;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.window.DayWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads the RealtimeKit API: the numbers of one window, and the apps of the account.
 * Every request, retries included, draws from the one {@link RateBudget} of the process.
 */
@Component
public class LivestreamSource {

	private static final Logger logger = LoggerFactory.getLogger(LivestreamSource.class);

	private static final int APPS_PER_PAGE = 50;

	private static final int MAX_APP_PAGES = 10_000;

	private final RealtimeKitApi api;

	private final RtkProperties properties;

	private final ObjectMapper mapper;

	/**
	 * Made on the first request: the settings it is made from are checked after the
	 * application starts, when a command runs.
	 */
	private final SingletonSupplier<RateBudget> budget;

	private final Clock clock;

	private final SourceStats stats;

	private final Departures departures;

	LivestreamSource(RealtimeKitApi api, RtkProperties properties, ObjectMapper mapper, Clock clock,
			MeterRegistry meterRegistry, Departures departures) {
		this.departures = departures;
		this.stats = new SourceStats(meterRegistry);
		this.api = api;
		this.properties = properties;
		this.mapper = mapper;
		this.clock = clock;
		this.budget = SingletonSupplier
			.of(() -> new RateBudget(properties.rate().requestsPerSecond(), properties.rate().concurrency()));
	}

	public SourceStats stats() {
		return this.stats;
	}

	/** The rate at which requests actually start over a long run. */
	public double pacedRequestsPerSecond() {
		return RateBudget.sustainedRate(this.properties.rate().requestsPerSecond());
	}

	/**
	 * Fetches one window. A window that still fails after its retries comes back as a
	 * failed result; only a refused token ({@link ApiAuthorizationException}) is thrown.
	 */
	public FetchResult fetch(DayWindow window) {
		String start = format(window.start());
		String end = format(window.end());
		Outcome<LivestreamNumbers> outcome = call("app " + window.appId() + " day " + window.day(),
				() -> this.api.livestreamsOverall(this.properties.accountId(), window.appId(), start, end),
				this::readNumbers);
		return new FetchResult(window, outcome.last().value(), outcome.answers(), outcome.last().error());
	}

	/** Every app of the account, following the paging of the apps endpoint. */
	public List<AppInfo> apps() {
		List<AppInfo> apps = new ArrayList<>();
		for (int page = 1; page <= MAX_APP_PAGES; page++) {
			int pageNo = page;
			Reply<Responses.Apps> reply = call("the app list (page " + page + ")",
					() -> this.api.apps(this.properties.accountId(), pageNo, APPS_PER_PAGE), this::readApps)
				.last();
			if (reply.error() != null) {
				throw new ApiException("the API at " + this.properties.baseUrl() + " cannot be used for account "
						+ this.properties.accountId() + " (listing its apps): " + reply.error());
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

	private String format(Instant instant) {
		return switch (this.properties.timeFormat()) {
			case EPOCH_SECONDS -> Long.toString(instant.getEpochSecond());
			case ISO_8601 -> DateTimeFormatter.ISO_INSTANT.format(instant);
		};
	}

	private <T> Outcome<T> call(String what, Supplier<Response> request, BodyReader<T> reader) {
		int maxAttempts = this.properties.retry().maxAttempts();
		List<FetchResult.Answer> answers = new ArrayList<>(1);
		for (int attempt = 1;; attempt++) {
			Reply<T> reply = attempt(what, request, reader);
			answers.add(new FetchResult.Answer(attempt, reply.status(), reply.body(), reply.json(), reply.error(),
					reply.at()));
			if (reply.error() == null || !reply.retryable() || attempt >= maxAttempts) {
				return new Outcome<>(reply, answers);
			}
			this.stats.retry();
			logger.debug("Retrying {} after attempt {}: {}", what, attempt, reply.error());
			sleep(backoff(attempt, reply.retryAfter()));
		}
	}

	private <T> Reply<T> attempt(String what, Supplier<Response> request, BodyReader<T> reader) {
		RateBudget.Start start;
		try {
			start = this.budget.obtain().acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the rate budget", ex);
		}
		long sent = System.nanoTime();
		this.departures.expect((departed) -> this.budget.obtain().departed(start, departed));
		try (Response response = request.get()) {
			int status = response.status();
			String body = readBody(response);
			this.stats.request(status, System.nanoTime() - sent);
			Instant at = this.clock.instant();
			Duration retryAfter = retryAfter(response.headers().get("retry-after"));
			if (status >= 200 && status < 300) {
				try {
					return Reply.success(reader.read(body), status, body, at);
				}
				catch (InvalidBodyException ex) {
					// Only a body that does not parse is worth another try.
					return Reply.failure(status, body, !ex.retryable, at, ex.getMessage(), ex.retryable, null);
				}
			}
			ApiError error = ApiError.parse(this.mapper, body);
			if (status == 401 || status == 403) {
				throw new ApiAuthorizationException(status, error, what);
			}
			if (status == 429) {
				this.stats.rateLimited();
				Duration pause = (retryAfter != null) ? retryAfter : this.properties.rate().pauseWithoutRetryAfter();
				logger.warn("HTTP 429 (rate limited) while fetching {}: pausing every request for {} s", what,
						pause.toSeconds());
				this.budget.obtain().pauseFor(pause);
			}
			return Reply.failure(status, body, isJson(body), at, "HTTP " + status + " (" + error + ")",
					isRetryable(status), retryAfter);
		}
		catch (FeignException ex) {
			// Connection refused, reset or timed out: no answer came.
			this.stats.request(null, System.nanoTime() - sent);
			return Reply.failure(null, null, false, this.clock.instant(),
					"no answer from " + this.properties.baseUrl() + ": " + rootMessage(ex), true, null);
		}
		catch (IOException ex) {
			this.stats.request(null, System.nanoTime() - sent);
			return Reply.failure(null, null, false, this.clock.instant(), "answer cut off: " + rootMessage(ex), true,
					null);
		}
		finally {
			this.departures.clear();
			this.budget.obtain().release(start);
		}
	}

	/**
	 * Whether PostgreSQL's jsonb will take the body (it refuses the NUL character Jackson
	 * allows).
	 */
	private boolean isJson(String body) {
		if (body == null || body.isBlank() || body.contains("\\u0000")) {
			return false;
		}
		try {
			this.mapper.readTree(body);
			return true;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	private static boolean isRetryable(int status) {
		return status == 408 || status == 409 || status == 429 || status >= 500;
	}

	private LivestreamNumbers readNumbers(String body) throws InvalidBodyException {
		Responses.Overall overall = parse(body, Responses.Overall.class);
		if (!Boolean.TRUE.equals(overall.success())) {
			throw new InvalidBodyException("success: false (" + ApiError.parse(this.mapper, body) + ")", false);
		}
		LivestreamNumbers numbers = (overall.data() != null) ? overall.data() : new LivestreamNumbers(null, null, null);
		String negative = numbers.negativeField();
		if (negative != null) {
			throw new InvalidBodyException("negative " + negative + " in " + ApiError.abbreviate(body), false);
		}
		return numbers;
	}

	private Responses.Apps readApps(String body) throws InvalidBodyException {
		Responses.Apps apps = parse(body, Responses.Apps.class);
		if (!Boolean.TRUE.equals(apps.success())) {
			throw new InvalidBodyException("success: false (" + ApiError.parse(this.mapper, body) + ")", false);
		}
		return apps;
	}

	private <T> T parse(String body, Class<T> type) throws InvalidBodyException {
		try {
			T value = this.mapper.readValue(body, type);
			if (value == null) {
				throw new InvalidBodyException("empty body", true);
			}
			return value;
		}
		catch (JacksonException ex) {
			// A cut-off body is most likely a transport hiccup: worth another try.
			throw new InvalidBodyException("body is not valid JSON: " + ApiError.abbreviate(body), true);
		}
	}

	private static String readBody(Response response) throws IOException {
		if (response.body() == null) {
			return "";
		}
		try (InputStream in = response.body().asInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Duration retryAfter(Collection<String> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		try {
			long seconds = Long.parseLong(values.iterator().next().trim());
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private Duration backoff(int attempt, Duration retryAfter) {
		RtkProperties.Retry retry = this.properties.retry();
		long base = retry.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
		long capped = Math.min(base, retry.maxBackoff().toMillis());
		long jittered = (long) (capped * (1 + 0.25 * ThreadLocalRandom.current().nextDouble()));
		Duration backoff = Duration.ofMillis(jittered);
		return (retryAfter != null && retryAfter.compareTo(backoff) > 0) ? retryAfter : backoff;
	}

	private static void sleep(Duration duration) {
		try {
			TimeUnit.MILLISECONDS.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while backing off", ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : "";
		return RedactingFeignLogger.redact(root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
	}

	@FunctionalInterface
	private interface BodyReader<T> {

		T read(String body) throws InvalidBodyException;

	}

	private static final class InvalidBodyException extends Exception {

		private final boolean retryable;

		InvalidBodyException(String message, boolean retryable) {
			super(message, null, false, false);
			this.retryable = retryable;
		}

	}

	private record Reply<T>(T value, Integer status, String body, boolean json, Instant at, String error,
			boolean retryable, Duration retryAfter) {

		static <T> Reply<T> success(T value, int status, String body, Instant at) {
			return new Reply<>(value, status, body, !body.contains("\\u0000"), at, null, false, null);
		}

		static <T> Reply<T> failure(Integer status, String body, boolean json, Instant at, String error,
				boolean retryable, Duration retryAfter) {
			return new Reply<>(null, status, body, json, at, error, retryable, retryAfter);
		}

	}

	private record Outcome<T>(Reply<T> last, List<FetchResult.Answer> answers) {
	}

}
