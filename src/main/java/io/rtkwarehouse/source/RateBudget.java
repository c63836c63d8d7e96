package io.rtkwarehouse.source;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one request budget of the process: at most {@code concurrency} requests in flight,
 * evenly spaced at slightly less than {@code requestsPerSecond}, and never more than its
 * whole part leaving in any 1.025 s. A 429 pauses every request of the process, not just
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
	 * Slack beyond the one-second window of the departures, for requests that take longer
	 * than others from leaving here to being counted at the server.
	 */
	private static final long WINDOW_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

	private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1) + WINDOW_SLACK_NANOS;

	/**
	 * A thread cannot sleep less than a millisecond: a request that is less early than
	 * that on its pacing goes now. The cap of each 1.025 s is kept exactly all the same.
	 */
	/** How often a long wait looks whether the run is stopping. */
	private static final long STOP_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private static final long SHORTEST_PACING_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	private final long initialIntervalNanos;

	private long intervalNanos;

	/**
	 * The last starts, in the order they were recorded, one per request the budget allows
	 * in a second: {@code starts[recorded % length]} is the oldest once it is full. A
	 * request that leaves later than it started moves its start to then.
	 */
	private final long[] starts;

	/**
	 * Whether the request of each of {@link #starts} may still leave: its start cannot
	 * make way for another until it has left, or ended without leaving.
	 */
	private final boolean[] pending;

	/** Starts recorded so far. */
	private long recorded;

	private final Semaphore inFlight;

	private volatile boolean stopped;

	private long nextStartNanos;

	private long pausedUntilNanos;

	RateBudget(double requestsPerSecond, int concurrency) {
		this.initialIntervalNanos = interval(requestsPerSecond);
		this.intervalNanos = this.initialIntervalNanos;
		this.starts = new long[perSecond(requestsPerSecond)];
		this.pending = new boolean[this.starts.length];
		this.inFlight = new Semaphore(concurrency, true);
		this.nextStartNanos = System.nanoTime();
		this.pausedUntilNanos = this.nextStartNanos;
	}

	/**
	 * The rate requests keep up over a long run: the budget less its headroom, or its
	 * whole part per 1.025 s, whichever is lower.
	 */
	static double sustainedRate(double requestsPerSecond) {
		return TimeUnit.SECONDS.toNanos(1) / (double) interval(requestsPerSecond);
	}

	private static int perSecond(double requestsPerSecond) {
		return Math.max(1, (int) Math.floor(requestsPerSecond));
	}

	/**
	 * Pacing drives the spacing of the requests; the cap of each 1.025 s only catches the
	 * ones that left late.
	 */
	private static long interval(double requestsPerSecond) {
		long paced = (long) Math.ceil(TimeUnit.SECONDS.toNanos(1) / (requestsPerSecond * HEADROOM));
		long capped = (long) Math.ceil(WINDOW_NANOS / (double) perSecond(requestsPerSecond));
		return Math.max(paced, capped);
	}

	/**
	 * Waits for a place and for the next start slot; pair with {@link #release(Start)}.
	 * @return the start, to report when the request {@link #departed departs}
	 */
	Start acquire() throws InterruptedException {
		while (!this.inFlight.tryAcquire(STOP_CHECK_NANOS, TimeUnit.NANOSECONDS)) {
			checkStopped();
		}
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
			if (this.pending[index] && this.starts[index] < nanos) {
				this.starts[index] = nanos;
			}
			this.pending[index] = false;
		}
	}

	/** The request of this start has ended, whether it left or not. */
	void release(Start start) {
		synchronized (this) {
			this.pending[(int) (start.number() % this.starts.length)] = false;
		}
		this.inFlight.release();
	}

	/** Ends every wait: no request starts any more ({@link FetchStoppedException}). */
	void stop() {
		this.stopped = true;
	}

	private void checkStopped() {
		if (this.stopped) {
			throw new FetchStoppedException();
		}
	}

	/**
	 * Holds back every request of the process for {@code pause}, after a 429, and paces
	 * the rest of the run 5% slower, down to half the budget: the limit is shared with
	 * whatever else the account runs.
	 */
	void pauseFor(Duration pause) {
		long until = System.nanoTime() + pause.toNanos();
		synchronized (this) {
			if (until > this.pausedUntilNanos) {
				this.pausedUntilNanos = until;
			}
			this.intervalNanos = Math.min((long) (this.intervalNanos * 1.05), 2 * this.initialIntervalNanos);
		}
	}

	/**
	 * Takes the next pacing slot and waits for it; then, should the oldest of the last
	 * starts have left late, for its 1.025 s to end. A pause that began meanwhile sends
	 * it to a new slot after the pause.
	 */
	private Start waitForStart() throws InterruptedException {
		long at = nextSlot();
		boolean pacing = true;
		while (true) {
			checkStopped();
			long wait = at - System.nanoTime();
			if (wait >= SHORTEST_PACING_WAIT_NANOS || (wait > 0 && !pacing)) {
				TimeUnit.NANOSECONDS.sleep(Math.min(wait, STOP_CHECK_NANOS));
				if (wait > STOP_CHECK_NANOS) {
					// Long waits (a pause after a 429) are slept in slices, to see a
					// stop.
					continue;
				}
			}
			synchronized (this) {
				long now = System.nanoTime();
				if (this.pausedUntilNanos > now) {
					at = nextSlot();
					pacing = true;
					continue;
				}
				long opens = secondOpensAt(now);
				if (opens > now) {
					at = opens;
					pacing = false;
					continue;
				}
				int index = (int) (this.recorded % this.starts.length);
				Start start = new Start(this.recorded, now);
				this.starts[index] = now;
				this.pending[index] = true;
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

	/**
	 * When the 1.025 s of the oldest of the last starts ends; while its request has not
	 * left yet, a millisecond from now, to look again.
	 */
	private long secondOpensAt(long now) {
		if (this.recorded < this.starts.length) {
			return Long.MIN_VALUE;
		}
		int oldest = (int) (this.recorded % this.starts.length);
		if (this.pending[oldest]) {
			return now + SHORTEST_PACING_WAIT_NANOS;
		}
		return this.starts[oldest] + WINDOW_NANOS;
	}

	/**
	 * A start: the {@code number}-th recorded, at {@code nanos}
	 * ({@link System#nanoTime()}).
	 */
	record Start(long number, long nanos) {
	}

}
