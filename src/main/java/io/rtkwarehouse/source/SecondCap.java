package io.rtkwarehouse.source;

import java.util.concurrent.TimeUnit;

/**
 * The cap of a configured ceiling: never more than its whole part of requests leaving in
 * any 1.025 s, counted from when each actually left. Not thread-safe: {@link RateBudget}
 * holds its lock around every call.
 */
final class SecondCap {

	/**
	 * Slack beyond the one-second window of the departures, for requests that take longer
	 * than others from leaving here to being counted at the server.
	 */
	private static final long WINDOW_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

	static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1) + WINDOW_SLACK_NANOS;

	private static final long LOOK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	/**
	 * The last starts, in the order they were recorded, one per request allowed in a
	 * second: {@code starts[recorded % length]} is the oldest once it is full. A request
	 * that leaves later than it started moves its start to then.
	 */
	private final long[] starts;

	/**
	 * Whether the request of each of {@link #starts} may still leave: its start cannot
	 * make way for another until it has left, or ended without leaving.
	 */
	private final boolean[] pending;

	private final boolean capped;

	/** Starts recorded so far. */
	private long recorded;

	/**
	 * @param perSecond the whole part of the ceiling, or 0 for none
	 */
	SecondCap(int perSecond) {
		this.capped = perSecond > 0;
		this.starts = new long[Math.max(1, perSecond)];
		this.pending = new boolean[this.starts.length];
	}

	/**
	 * When the 1.025 s of the oldest of the last starts ends; while its request has not
	 * left yet, a millisecond from now, to look again.
	 */
	long opensAt(long now) {
		if (!this.capped || this.recorded < this.starts.length) {
			return Long.MIN_VALUE;
		}
		int oldest = (int) (this.recorded % this.starts.length);
		if (this.pending[oldest]) {
			return now + LOOK_AGAIN_NANOS;
		}
		return this.starts[oldest] + WINDOW_NANOS;
	}

	/** Records a start at {@code now}; returns its number. */
	long record(long now) {
		int index = (int) (this.recorded % this.starts.length);
		this.starts[index] = now;
		this.pending[index] = true;
		return this.recorded++;
	}

	void departed(long number, long nanos) {
		int index = (int) (number % this.starts.length);
		if (this.pending[index] && this.starts[index] < nanos) {
			this.starts[index] = nanos;
		}
		this.pending[index] = false;
	}

	void ended(long number) {
		this.pending[(int) (number % this.starts.length)] = false;
	}

}
