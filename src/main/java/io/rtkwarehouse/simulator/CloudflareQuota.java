package io.rtkwarehouse.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cloudflare's quota of a token, faithfully: a fixed window of {@code q} requests per
 * {@code w} seconds, both {@code Ratelimit} and {@code Ratelimit-Policy} headers on every
 * answer, and after going over a block of every request for a configurable time (none:
 * until the window resets), its 429s with or without {@code retry-after}. A "neighbour"
 * (the user's other tools) spends the same quota at an even rate; its requests and
 * refusals are counted. Off until {@link #limit} sets a quota. Thread-safe.
 */
public final class CloudflareQuota {

	private static final String NAME = "\"default\"";

	private static final int MAX_WINDOWS = 1000;

	private int limit;

	private long windowNanos;

	private long originNanos;

	private long blockNanos;

	private boolean retryAfter = true;

	private double neighbourPerSecond;

	private long neighbourOriginNanos;

	/** The neighbour's requests since {@link #neighbourOriginNanos}. */
	private long neighbourIndex;

	private long neighbourSent;

	private long neighbourRefused;

	private long window = -1;

	private long used;

	private long blockedUntilNanos = Long.MIN_VALUE;

	/**
	 * The accepted requests of the last windows, ours and the neighbour's, by window
	 * index (counted from when the quota was set).
	 */
	private final Map<Long, long[]> windows = new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, long[]> eldest) {
			return size() > MAX_WINDOWS;
		}

	};

	/**
	 * A decision on one request: accepted or not, with the headers its answer carries.
	 */
	record Admission(boolean accepted, Map<String, String> headers) {
	}

	/** {@code q} requests per {@code w}, windows counted from now; 0 turns it off. */
	public synchronized CloudflareQuota limit(int q, Duration w) {
		if (q < 0 || (q > 0 && (w == null || w.isNegative() || w.isZero()))) {
			throw new IllegalArgumentException("quota must be q >= 0 per a positive window, got " + q + " per " + w);
		}
		this.limit = q;
		this.windowNanos = (q > 0) ? w.toNanos() : 0;
		this.originNanos = System.nanoTime();
		this.neighbourOriginNanos = this.originNanos;
		this.neighbourIndex = 0;
		this.window = -1;
		this.used = 0;
		this.blockedUntilNanos = Long.MIN_VALUE;
		this.neighbourSent = 0;
		this.neighbourRefused = 0;
		this.windows.clear();
		return this;
	}

	/**
	 * After going over, every request is refused for {@code length} (zero: until the
	 * window resets), with a {@code retry-after} header or without.
	 */
	public synchronized CloudflareQuota block(Duration length, boolean withRetryAfter) {
		this.blockNanos = Faults.nonNegative(length, "block").toNanos();
		this.retryAfter = withRetryAfter;
		return this;
	}

	/** The user's other tools, spending this many requests per second of the quota. */
	public synchronized CloudflareQuota neighbour(double perSecond) {
		if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
			throw new IllegalArgumentException("neighbour must be a finite rate >= 0, got " + perSecond);
		}
		catchUp(System.nanoTime());
		this.neighbourPerSecond = perSecond;
		this.neighbourOriginNanos = System.nanoTime();
		this.neighbourIndex = 0;
		return this;
	}

	/** Off, no neighbour, no block, retry-after sent. */
	public synchronized CloudflareQuota reset() {
		this.neighbourPerSecond = 0;
		block(Duration.ZERO, true);
		return limit(0, null);
	}

	/** Requests the neighbour made, refused ones included. */
	public synchronized long neighbourRequests() {
		catchUp(System.nanoTime());
		return this.neighbourSent;
	}

	/** The neighbour's requests refused with a 429: those we caused, if we went over. */
	public synchronized long neighbourRefused() {
		catchUp(System.nanoTime());
		return this.neighbourRefused;
	}

	synchronized void resetCounters() {
		catchUp(System.nanoTime());
		this.neighbourRefused = 0;
		this.neighbourSent = 0;
		this.windows.clear();
	}

	/**
	 * The accepted requests of each of the last windows since the counters were reset, as
	 * a JSON array of {@code [window, ours, neighbour's]}, oldest first.
	 */
	synchronized String windowsJson() {
		catchUp(System.nanoTime());
		StringBuilder json = new StringBuilder("[");
		this.windows.forEach((index, counts) -> json.append((json.length() > 1) ? "," : "")
			.append('[')
			.append(index)
			.append(',')
			.append(counts[0])
			.append(',')
			.append(counts[1])
			.append(']'));
		return json.append(']').toString();
	}

	/** Counts a request of ours at {@code now}; null when no quota is set. */
	synchronized Admission admit(long now) {
		if (this.limit == 0) {
			return null;
		}
		catchUp(now);
		boolean accepted = take(now, 0);
		Map<String, String> headers = new LinkedHashMap<>();
		long windowEnd = this.originNanos + (this.window + 1) * this.windowNanos;
		boolean blocked = now < this.blockedUntilNanos;
		long resetNanos = blocked ? Math.max(this.blockedUntilNanos, windowEnd) : windowEnd;
		headers.put("Ratelimit",
				NAME + ";r=" + (blocked ? 0 : this.limit - this.used) + ";t=" + seconds(resetNanos - now));
		headers.put("Ratelimit-Policy", NAME + ";q=" + this.limit + ";w=" + seconds(this.windowNanos));
		if (!accepted && this.retryAfter) {
			headers.put("retry-after", Long.toString(Math.max(1, seconds(resetNanos - now))));
		}
		return new Admission(accepted, headers);
	}

	/** The neighbour's requests until {@code now}, each at its time, in order. */
	private void catchUp(long now) {
		if (this.limit == 0 || this.neighbourPerSecond <= 0) {
			return;
		}
		while (true) {
			long at = this.neighbourOriginNanos + (long) ((this.neighbourIndex + 1) / this.neighbourPerSecond * 1e9);
			if (at > now) {
				return;
			}
			this.neighbourIndex++;
			this.neighbourSent++;
			if (!take(at, 1)) {
				this.neighbourRefused++;
			}
		}
	}

	/** Takes one request of the quota for ours (0) or the neighbour (1). */
	private boolean take(long now, int whose) {
		long current = Math.floorDiv(now - this.originNanos, this.windowNanos);
		if (current != this.window) {
			this.window = current;
			this.used = 0;
		}
		if (now < this.blockedUntilNanos) {
			return false;
		}
		if (this.used >= this.limit) {
			if (this.blockNanos > 0) {
				this.blockedUntilNanos = now + this.blockNanos;
			}
			return false;
		}
		this.used++;
		this.windows.computeIfAbsent(current, (index) -> new long[2])[whose]++;
		return true;
	}

	private static long seconds(long nanos) {
		return (long) Math.ceil(Math.max(0, nanos) / 1e9);
	}

}
