package io.rtkwarehouse.source;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one request budget of the process: at most {@code concurrency} requests in flight,
 * started no faster than {@code requestsPerSecond}, evenly spaced, and never more of them
 * leaving in any one second than the budget. A 429 pauses every request of the process,
 * not just the one that met it.
 */
class RateBudget {

	/**
	 * Requests are paced slightly below the budget: a request sent on time can still
	 * arrive late behind a busy thread or a GC pause, bunching up with the next one at
	 * the server.
	 */
	static final double HEADROOM = 0.985;

	/**
	 * Slack beyond the one-second window of the departures, for requests that take longer
	 * than others from leaving here to being counted at the server.
	 */
	private static final long WINDOW_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

	private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1) + WINDOW_SLACK_NANOS;

	/**
	 * A thread cannot sleep less than a millisecond: a request that is less early than
	 * that on its pacing goes now. The cap of each second is kept exactly all the same.
	 */
	private static final long SHORTEST_PACING_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	private long intervalNanos;

	/**
	 * The last starts, in the order they were recorded, one per request the budget allows
	 * in a second: {@code starts[recorded % length]} is the oldest once it is full. A
	 * request that leaves later than it started moves its start to then.
	 */
	private final long[] starts;

	/** Starts recorded so far. */
	private long recorded;

	private final Semaphore inFlight;

	private long nextStartNanos;

	private long pausedUntilNanos;

	RateBudget(double requestsPerSecond, int concurrency) {
		this.intervalNanos = (long) Math.ceil(TimeUnit.SECONDS.toNanos(1) / (requestsPerSecond * HEADROOM));
		this.starts = new long[Math.max(1, (int) Math.floor(requestsPerSecond))];
		this.inFlight = new Semaphore(concurrency, true);
		this.nextStartNanos = System.nanoTime();
		this.pausedUntilNanos = this.nextStartNanos;
	}

	/**
	 * The rate requests keep up over a long run: the lower of the pacing and of the
	 * budget's whole requests per second plus slack.
	 */
	static double sustainedRate(double requestsPerSecond) {
		double perSecond = Math.max(1, Math.floor(requestsPerSecond));
		double window = WINDOW_NANOS / 1e9;
		return Math.min(requestsPerSecond * HEADROOM, perSecond / Math.max(window, perSecond / requestsPerSecond));
	}

	/**
	 * Waits for a place and for the next start slot; pair with {@link #release()}.
	 * @return the start, to report when the request {@link #departed departs}
	 */
	Start acquire() throws InterruptedException {
		this.inFlight.acquire();
		try {
			return waitForStart();
		}
		catch (InterruptedException | RuntimeException ex) {
			this.inFlight.release();
			throw ex;
		}
	}

	/**
	 * The request of this start left at {@code nanos}, later than it started: the cap of
	 * each second counts it from then.
	 */
	void departed(Start start, long nanos) {
		synchronized (this) {
			int index = (int) (start.number() % this.starts.length);
			if (this.recorded - start.number() <= this.starts.length && this.starts[index] < nanos) {
				this.starts[index] = nanos;
			}
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
		long until = System.nanoTime() + pause.toNanos();
		synchronized (this) {
			if (until > this.pausedUntilNanos) {
				this.pausedUntilNanos = until;
			}
			this.intervalNanos = (long) (this.intervalNanos * 1.05);
		}
	}

	/**
	 * Takes the next pacing slot, waits for it, then for the second of the oldest of the
	 * last starts to end, keeping its slot rather than queueing again. A pause that began
	 * meanwhile sends it to a new slot after the pause.
	 */
	private Start waitForStart() throws InterruptedException {
		long at = nextSlot();
		boolean pacing = true;
		while (true) {
			long wait = at - System.nanoTime();
			if (wait >= SHORTEST_PACING_WAIT_NANOS || (wait > 0 && !pacing)) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			synchronized (this) {
				long now = System.nanoTime();
				if (this.pausedUntilNanos > now) {
					at = nextSlot();
					pacing = true;
					continue;
				}
				long opens = secondOpensAt();
				if (opens > now) {
					at = opens;
					pacing = false;
					continue;
				}
				Start start = new Start(this.recorded, now);
				this.starts[(int) (this.recorded % this.starts.length)] = now;
				this.recorded++;
				return start;
			}
		}
	}

	private synchronized long nextSlot() {
		long slot = Math.max(Math.max(System.nanoTime(), this.nextStartNanos), this.pausedUntilNanos);
		this.nextStartNanos = slot + this.intervalNanos;
		return slot;
	}

	/** When the second of the oldest of the last starts ends. */
	private long secondOpensAt() {
		if (this.recorded < this.starts.length) {
			return Long.MIN_VALUE;
		}
		return this.starts[(int) (this.recorded % this.starts.length)] + WINDOW_NANOS;
	}

	/**
	 * A start: the {@code number}-th recorded, at {@code nanos}
	 * ({@link System#nanoTime()}).
	 */
	record Start(long number, long nanos) {
	}

}
