package io.rtkwarehouse.source;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counters of the API calls of this process: for the run summary, and as Micrometer
 * meters ({@code rtk.api.requests} timed per status class, {@code rtk.api.retries},
 * {@code rtk.api.rate.limited}) for whatever registry is configured.
 */
public final class SourceStats {

	private final LongAdder requests = new LongAdder();

	private final LongAdder retries = new LongAdder();

	private final LongAdder tooManyRequests = new LongAdder();

	private final LongAdder httpNanos = new LongAdder();

	private final MeterRegistry registry;

	private final Counter retryCounter;

	private final Counter rateLimitedCounter;

	SourceStats(MeterRegistry registry) {
		this.registry = registry;
		this.retryCounter = Counter.builder("rtk.api.retries")
			.description("Requests that were retries")
			.register(registry);
		this.rateLimitedCounter = Counter.builder("rtk.api.rate.limited")
			.description("Answers with HTTP 429")
			.register(registry);
	}

	void request(Integer status, long nanos) {
		this.requests.increment();
		this.httpNanos.add(nanos);
		Timer.builder("rtk.api.requests")
			.description("Requests to the RealtimeKit API, by status class")
			.tag("status", (status == null) ? "none" : (status == 429) ? "429" : (status / 100) + "xx")
			.register(this.registry)
			.record(nanos, TimeUnit.NANOSECONDS);
	}

	void retry() {
		this.retries.increment();
		this.retryCounter.increment();
	}

	void rateLimited() {
		this.tooManyRequests.increment();
		this.rateLimitedCounter.increment();
	}

	public long requests() {
		return this.requests.sum();
	}

	public long retries() {
		return this.retries.sum();
	}

	public long tooManyRequests() {
		return this.tooManyRequests.sum();
	}

	/** Time spent waiting for answers, summed over the fetch threads. */
	public Duration httpTime() {
		return Duration.ofNanos(this.httpNanos.sum());
	}

}
