package io.rtkwarehouse.source;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counters of the API calls of one token: for the run summary of the account that runs on
 * it (the accounts of a token run one after another, and {@link #reset} starts each one's
 * count), and as Micrometer meters of the process ({@code rtk.api.requests} timed per
 * status class, {@code rtk.api.retries}, {@code rtk.api.rate.limited}, the pauses after a
 * 429 timed as {@code rtk.api.pauses}) for whatever registry is configured. The quota the
 * API reports belongs to the token, not to the account.
 */
public final class SourceStats {

	private final LongAdder requests = new LongAdder();

	private final LongAdder retries = new LongAdder();

	private final LongAdder tooManyRequests = new LongAdder();

	private final LongAdder httpNanos = new LongAdder();

	/** When the first request counted went out ({@link System#nanoTime}); 0 before. */
	private final AtomicLong firstRequestNanos = new AtomicLong();

	private final MeterRegistry registry;

	private final Counter retryCounter;

	private final Counter rateLimitedCounter;

	/** The quota left at the last answer that reported it; -1 before. */
	private final AtomicLong remaining = new AtomicLong(-1);

	private final AtomicLong lowestRemaining = new AtomicLong(Long.MAX_VALUE);

	private volatile QuotaHeaders.Quota policy;

	private final LongAdder pausedNanos = new LongAdder();

	private final Timer pauses;

	SourceStats(MeterRegistry registry) {
		this.registry = registry;
		this.retryCounter = Counter.builder("rtk.api.retries")
			.description("Requests that were retries")
			.register(registry);
		this.rateLimitedCounter = Counter.builder("rtk.api.rate.limited")
			.description("Answers with HTTP 429")
			.register(registry);
		this.pauses = Timer.builder("rtk.api.pauses")
			.description("Pauses of every request after a 429, by how much each held the requests back")
			.register(registry);
	}

	void request(Integer status, long nanos) {
		this.firstRequestNanos.compareAndSet(0, Math.max(1, System.nanoTime() - nanos));
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

	void quota(QuotaHeaders.Quota quota) {
		if (quota != null) {
			this.remaining.set(quota.remaining());
			this.lowestRemaining.accumulateAndGet(quota.remaining(), Math::min);
			if (quota.policy() != null) {
				this.policy = quota;
			}
		}
	}

	void paused(Duration added) {
		this.pausedNanos.add(added.toNanos());
		this.pauses.record(added);
	}

	/**
	 * Starts counting afresh for the next account's run on this token (the meters and the
	 * quota last reported go on): the summary of each account's run counts its own
	 * requests, and the lowest quota left while it ran.
	 */
	public void reset() {
		this.requests.reset();
		this.retries.reset();
		this.tooManyRequests.reset();
		this.httpNanos.reset();
		this.pausedNanos.reset();
		this.firstRequestNanos.set(0);
		this.lowestRemaining.set(Long.MAX_VALUE);
		this.policy = null;
	}

	/** The quota the API last reported left, or -1 when it reported none. */
	public long quotaRemaining() {
		return this.remaining.get();
	}

	/** The lowest quota the API reported left, or -1 when it reported none. */
	public long lowestQuotaRemaining() {
		long lowest = this.lowestRemaining.get();
		return (lowest == Long.MAX_VALUE) ? -1 : lowest;
	}

	/** The quota policy the API last reported, as {@code 1200 per 300 s}, or null. */
	public String quotaPolicy() {
		QuotaHeaders.Quota quota = this.policy;
		return (quota != null) ? quota.policy() : null;
	}

	/** The quota of the policy the API last reported, or 0. */
	public long quotaLimit() {
		QuotaHeaders.Quota quota = this.policy;
		return (quota != null) ? quota.limit() : 0;
	}

	/** The window of the policy the API last reported, in seconds, or 0. */
	public long quotaWindow() {
		QuotaHeaders.Quota quota = this.policy;
		return (quota != null) ? quota.windowSeconds() : 0;
	}

	/** How long every request was held back after 429s. */
	public Duration paused() {
		return Duration.ofNanos(this.pausedNanos.sum());
	}

	/**
	 * The time since the first request counted went out: the span over which
	 * {@link #requests} were made, which starts before a job when requests (the apps
	 * listing, the range guard) precede it.
	 */
	public Duration sinceFirstRequest() {
		long first = this.firstRequestNanos.get();
		return (first == 0) ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - first);
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
