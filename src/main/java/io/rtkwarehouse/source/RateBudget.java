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
	static final double HEADROOM = 0.97;

	private final long intervalNanos;

	private final Semaphore inFlight;

	private final LongSupplier nanoClock;

	private long nextStartNanos;

	private long pausedUntilNanos;

	RateBudget(double requestsPerSecond, int concurrency) {
		this(requestsPerSecond, concurrency, System::nanoTime);
	}

	RateBudget(double requestsPerSecond, int concurrency, LongSupplier nanoClock) {
		this.intervalNanos = (long) Math.ceil(TimeUnit.SECONDS.toNanos(1) / (requestsPerSecond * HEADROOM));
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

	/** Holds back every request of the process for {@code pause}. */
	void pauseFor(Duration pause) {
		long until = this.nanoClock.getAsLong() + pause.toNanos();
		synchronized (this) {
			if (until > this.pausedUntilNanos) {
				this.pausedUntilNanos = until;
			}
		}
	}

	private void waitForSlot() throws InterruptedException {
		while (true) {
			long slot;
			synchronized (this) {
				long now = this.nanoClock.getAsLong();
				slot = Math.max(now, Math.max(this.nextStartNanos, this.pausedUntilNanos));
				this.nextStartNanos = slot + this.intervalNanos;
			}
			long wait = slot - this.nanoClock.getAsLong();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			synchronized (this) {
				// A 429 met by another request while this one slept pauses this one too.
				if (this.pausedUntilNanos <= this.nanoClock.getAsLong()) {
					return;
				}
			}
		}
	}

}
