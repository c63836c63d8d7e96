package io.rtkwarehouse.source;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import feign.FeignException;
import feign.Response;
import io.rtkwarehouse.config.RtkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.function.SingletonSupplier;

/**
 * One call to the API with its retries: every attempt draws from the one
 * {@link RateBudget} of the process, a 429 pauses every request, a refused token is
 * thrown, and every answer is kept for the raw history.
 */
final class ApiCalls {

	private static final Logger logger = LoggerFactory.getLogger(ApiCalls.class);

	private final RtkProperties properties;

	/** Where the token of these calls is set, for a message when it is refused. */
	private final String tokenSetting;

	private final BodyLimit bodyLimit;

	private final NoAnswer noAnswer;

	/**
	 * Made on the first request: the settings it is made from are checked after the
	 * application starts, when a command runs.
	 */
	private final SingletonSupplier<RateBudget> budget;

	private final Clock clock;

	private final SourceStats stats;

	private final Departures departures;

	private final Pauses pauses;

	private volatile boolean stopped;

	ApiCalls(RtkProperties properties, String tokenSetting, Clock clock, SourceStats stats, Departures departures) {
		this.properties = properties;
		this.tokenSetting = tokenSetting;
		this.bodyLimit = new BodyLimit(properties.http().maxBodySize());
		this.noAnswer = new NoAnswer(properties);
		this.clock = clock;
		this.stats = stats;
		this.departures = departures;
		RtkProperties.Rate rate = properties.rate();
		this.budget = SingletonSupplier
			.of(() -> new RateBudget(rate.ceiling(), rate.concurrency(), rate.reserve(), rate.maxPause(), clock));
		this.pauses = new Pauses(rate, this.budget, stats, clock);
	}

	<T> Outcome<T> call(String what, Supplier<Response> request, BodyReader<T> reader) {
		int maxAttempts = this.properties.retry().maxAttempts();
		List<Answer> answers = new ArrayList<>(1);
		for (int attempt = 1;; attempt++) {
			Reply<T> reply = attempt(what, request, reader);
			answers.add(new Answer(attempt, reply.status(), reply.body(), reply.error(), reply.at()));
			if (reply.error() == null || !reply.retryable() || attempt >= maxAttempts) {
				return new Outcome<>(reply.value(), answers, reply.error());
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
			String body = this.bodyLimit.read(response);
			this.stats.request(status, System.nanoTime() - sent);
			Instant at = this.clock.instant();
			QuotaHeaders.Quota quota = QuotaHeaders.read(response.headers());
			this.budget.obtain().observe(start, quota, "HTTP " + status + " while fetching " + what);
			this.stats.quota(quota);
			Duration retryAfter = this.pauses.retryAfter(what, status, response.headers().get("retry-after"));
			if (status >= 200 && status < 300) {
				if (body == null) {
					// Kept out of memory and out of the history; the same answer would
					// come
					// again.
					return Reply.failure(status, null, at, this.bodyLimit.tooLarge(), false, null);
				}
				try {
					return Reply.success(reader.read(body), status, body, at);
				}
				catch (InvalidBodyException ex) {
					// Only a body that does not parse is worth another try.
					return Reply.failure(status, body, at, ex.getMessage(), ex.retryable(), null);
				}
			}
			// A status says what it says whatever the size of its body.
			ApiError error = (body != null) ? ApiError.parse(ApiJson.MAPPER, body)
					: new ApiError(null, this.bodyLimit.tooLarge());
			if (status == 401 || status == 403) {
				throw new ApiAuthorizationException(status, error, what, this.tokenSetting);
			}
			if (status == 429) {
				this.stats.rateLimited();
				this.pauses.tooManyRequests(what, retryAfter, quota);
			}
			return Reply.failure(status, body, at, "HTTP " + status + " (" + error + ")", isRetryable(status),
					retryAfter);
		}
		catch (FeignException ex) {
			// Connection refused, reset or timed out: no answer came.
			this.stats.request(null, System.nanoTime() - sent);
			return Reply.failure(null, null, this.clock.instant(), this.noAnswer.beforeTheAnswer(ex), true, null);
		}
		catch (IOException ex) {
			this.stats.request(null, System.nanoTime() - sent);
			return Reply.failure(null, null, this.clock.instant(), this.noAnswer.duringTheBody(ex), true, null);
		}
		finally {
			this.departures.clear();
			this.budget.obtain().release(start);
		}
	}

	private static boolean isRetryable(int status) {
		return status == 408 || status == 409 || status == 429 || status >= 500;
	}

	private Duration backoff(int attempt, Duration retryAfter) {
		RtkProperties.Retry retry = this.properties.retry();
		long base = retry.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
		long capped = Math.min(base, retry.maxBackoff().toMillis());
		long jittered = (long) (capped * (1 + 0.25 * ThreadLocalRandom.current().nextDouble()));
		Duration backoff = Duration.ofMillis(jittered);
		return (retryAfter != null && retryAfter.compareTo(backoff) > 0) ? retryAfter : backoff;
	}

	SourceStats stats() {
		return this.stats;
	}

	/**
	 * No new request starts: waits end, and calls not begun throw
	 * {@link FetchStoppedException}.
	 */
	void stop() {
		this.stopped = true;
		this.budget.obtain().stop();
	}

	private void sleep(Duration duration) {
		long until = System.nanoTime() + duration.toNanos();
		try {
			for (long left = duration.toNanos(); left > 0; left = until - System.nanoTime()) {
				if (this.stopped) {
					throw new FetchStoppedException();
				}
				TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while backing off", ex);
		}
	}

	private record Reply<T>(T value, Integer status, String body, Instant at, String error, boolean retryable,
			Duration retryAfter) {

		static <T> Reply<T> success(T value, int status, String body, Instant at) {
			return new Reply<>(value, status, body, at, null, false, null);
		}

		static <T> Reply<T> failure(Integer status, String body, Instant at, String error, boolean retryable,
				Duration retryAfter) {
			return new Reply<>(null, status, body, at, error, retryable, retryAfter);
		}

	}

}
