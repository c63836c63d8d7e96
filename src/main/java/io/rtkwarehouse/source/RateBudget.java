package io.rtkwarehouse.source;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The one request budget of the process: at most {@code concurrency} requests in flight,
 * started no faster than {@code requestsPerSecond}, evenly spaced so that no one-second
 * window holds more than the budget. A 429 pauses every request of the process, not just
 * the one that met it.
 */
class RateBudget {

	/**
	 * Requests are paced slightly below the budget: a request sent on time can still
	 * arrive late behind a busy thread or a GC pause, bunching up with the next one at
	 * the server.
	 */
	static final double HEADROOM = 0.985;

	/**
	 * Slack for a request that leaves later than its start was recorded, beyond the
	 * one-second window of the starts.
	 */
	private static final long WINDOW_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(15);

	private long intervalNanos;

	/**
	 * The last starts, oldest at {@link #oldest}: never more of them in a second than the
	 * budget.
	 */
	private final long[] starts;

	private int oldest;

	private int recorded;

	private final Semaphore inFlight;

	private final LongSupplier nanoClock;

	private long nextStartNanos;

	private long pausedUntilNanos;

	RateBudget(double requestsPerSecond, int concurrency) {
		this(requestsPerSecond, concurrency, System::nanoTime);
	}

	RateBudget(double requestsPerSecond, int concurrency, LongSupplier nanoClock) {
		this.intervalNanos = (long) Math.ceil(TimeUnit.SECONDS.toNanos(1) / (requestsPerSecond * HEADROOM));
		this.starts = new long[Math.max(1, (int) Math.floor(requestsPerSecond))];
		this.inFlight = new Semaphore(concurrency, true);
		this.nanoClock = nanoClock;
		this.nextStartNanos = nanoClock.getAsLong();
		this.pausedUntilNanos = this.nextStartNanos;
	}

	/** Waits for a place and for the next start slot; pair with {@link #release()}. */
	void acquire() throws InterruptedException {
		this.inFlight.acquire();
		try {
			waitForSlot();
		}
		catch (InterruptedException | RuntimeException ex) {
			this.inFlight.release();
			throw ex;
		}
	}

	void release() {
		this.inFlight.release();
	}

	/**
	 * Holds back every request of the process for {@code pause}, after a 429, and paces
	 * the rest of the run 5% slower: the limit is shared with whatever else the account
	 * runs.
	 */
	void pauseFor(Duration pause) {
		long until = this.nanoClock.getAsLong() + pause.toNanos();
		synchronized (this) {
			if (until > this.pausedUntilNanos) {
				this.pausedUntilNanos = until;
			}
			this.intervalNanos = (long) (this.intervalNanos * 1.05);
		}
	}

	private void waitForSlot() throws InterruptedException {
		while (true) {
			long slot;
			synchronized (this) {
				long now = this.nanoClock.getAsLong();
				slot = Math.max(Math.max(now, this.nextStartNanos), Math.max(this.pausedUntilNanos, windowOpensAt()));
				this.nextStartNanos = slot + this.intervalNanos;
			}
			long wait = slot - this.nanoClock.getAsLong();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			synchronized (this) {
				// A 429 met by another request while this one slept pauses this one too;
				// a
				// thread that woke late must not bunch up with the starts of the last
				// second.
				long now = this.nanoClock.getAsLong();
				if (this.pausedUntilNanos <= now && windowOpensAt() <= now) {
					this.starts[this.oldest] = now;
					this.oldest = (this.oldest + 1) % this.starts.length;
					this.recorded = Math.min(this.recorded + 1, this.starts.length);
					return;
				}
			}
		}
	}

	/** When the one-second window of the recorded starts lets another one in. */
	private long windowOpensAt() {
		if (this.recorded < this.starts.length) {
			return Long.MIN_VALUE;
		}
		return this.starts[this.oldest] + TimeUnit.SECONDS.toNanos(1) + WINDOW_SLACK_NANOS;
	}

}
