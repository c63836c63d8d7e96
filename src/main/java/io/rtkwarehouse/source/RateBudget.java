package io.rtkwarehouse.source;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one request budget of the process: at most {@code concurrency} requests in flight,
 * evenly spaced at the rate the server's quota allows ({@link QuotaPacing}), or while no
 * quota is reported at slightly less than the configured ceiling ({@link #FALLBACK} when
 * it is {@code auto}); with a ceiling, never more than its whole part leaving in any
 * 1.025 s. A 429 pauses every request of the process, not just the one that met it.
 */
class RateBudget {

	/**
	 * Requests are paced slightly below the budget: a request sent on time can still
	 * arrive late behind a busy thread or a GC pause, bunching up with the next one at
	 * the server.
	 */
	static final double HEADROOM = 0.985;

	/** Requests per second while no quota is reported and no ceiling is configured. */
	static final double FALLBACK = 2;

	/** How often a long wait looks whether the run is stopping. */
	private static final long STOP_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	/**
	 * A thread cannot sleep less than a millisecond: a request that is less early than
	 * that on its pacing goes now. The cap of each 1.025 s is kept exactly all the same.
	 */
	private static final long SHORTEST_PACING_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	/** Whether a ceiling was configured: only then is each 1.025 s capped. */
	private final boolean capped;

	private final SecondCap cap;

	private final QuotaPacing pacing;

	private final Semaphore inFlight;

	/** The interval of the ceiling, or of the fallback rate. */
	private final long initialIntervalNanos;

	/** The interval without a quota: the initial one, slower after each 429. */
	private long unquotedIntervalNanos;

	private long intervalNanos;

	/** Whether the interval follows a quota the server reported. */
	private boolean quoted;

	/**
	 * Bumped when the interval changes, so that waits on a slot of the old take a new.
	 */
	private long generation;

	private long lastStartNanos;

	private long nextStartNanos;

	private long pausedUntilNanos;

	private volatile boolean stopped;

	RateBudget(double requestsPerSecond, int concurrency) {
		this(requestsPerSecond, concurrency, 0.1);
	}

	/**
	 * A {@code ceiling} the quota can only lower (null: auto), a reserve of the quota.
	 */
	RateBudget(Double ceiling, int concurrency, double reserve) {
		this.capped = ceiling != null;
		this.initialIntervalNanos = interval((ceiling != null) ? ceiling : FALLBACK);
		this.unquotedIntervalNanos = this.initialIntervalNanos;
		this.intervalNanos = this.initialIntervalNanos;
		this.pacing = new QuotaPacing(reserve, concurrency);
		this.cap = new SecondCap(this.capped ? perSecond(ceiling) : 0);
		this.inFlight = new Semaphore(concurrency, true);
		this.nextStartNanos = System.nanoTime();
		this.pausedUntilNanos = this.lastStartNanos = this.nextStartNanos;
	}

	/**
	 * The rate requests keep up over a long run without a quota: the budget less its
	 * headroom, or its whole part per 1.025 s, whichever is lower.
	 */
	static double sustainedRate(Double ceiling) {
		return TimeUnit.SECONDS.toNanos(1) / (double) interval((ceiling != null) ? ceiling : FALLBACK);
	}

	/**
	 * The answer to the {@code start}'s request reported this quota, or none (null): the
	 * pace follows it, or the ceiling again. Returns the pace, or null without a quota.
	 */
	QuotaPacing.Pace observe(Start start, QuotaHeaders.Quota quota) {
		long now = System.nanoTime();
		synchronized (this) {
			long interval = this.unquotedIntervalNanos;
			QuotaPacing.Pace pace = (quota != null) ? this.pacing.observe(quota, start.number(), now) : null;
			if (pace != null && pace.perSecond() <= 0) {
				this.pausedUntilNanos = Math.max(this.pausedUntilNanos, pace.resetNanos());
			}
			else if (pace != null) {
				long quoted = Math.min((long) Math.ceil(1e9 / pace.perSecond()), Math.max(0, pace.resetNanos() - now));
				interval = this.capped ? Math.max(this.initialIntervalNanos, quoted) : quoted;
			}
			this.quoted = quota != null;
			if (interval != this.intervalNanos) {
				this.intervalNanos = interval;
				this.nextStartNanos = this.lastStartNanos + interval;
				this.generation++;
			}
			return pace;
		}
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
		long capped = (long) Math.ceil(SecondCap.WINDOW_NANOS / (double) perSecond(requestsPerSecond));
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
			this.cap.departed(start.number(), nanos);
		}
	}

	/** The request of this start has ended, whether it left or not. */
	void release(Start start) {
		synchronized (this) {
			this.cap.ended(start.number());
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
	 * Holds back every request of the process for {@code pause}, after a 429; while no
	 * quota is reported, the rest of the run is paced 5% slower, down to half the budget.
	 * @return how much later requests may start than before
	 */
	Duration pauseFor(Duration pause) {
		long now = System.nanoTime();
		long until = now + pause.toNanos();
		synchronized (this) {
			long added = Math.max(0, until - Math.max(now, this.pausedUntilNanos));
			if (until > this.pausedUntilNanos) {
				this.pausedUntilNanos = until;
			}
			this.unquotedIntervalNanos = Math.min((long) (this.unquotedIntervalNanos * 1.05),
					2 * this.initialIntervalNanos);
			if (!this.quoted) {
				this.intervalNanos = this.unquotedIntervalNanos;
			}
			return Duration.ofNanos(added);
		}
	}

	/**
	 * Takes the next pacing slot and waits for it; then, should the oldest of the last
	 * starts have left late, for its 1.025 s to end. A pause that began meanwhile sends
	 * it to a new slot after the pause.
	 */
	private Start waitForStart() throws InterruptedException {
		long at;
		long slotGeneration;
		synchronized (this) {
			at = nextSlot();
			slotGeneration = this.generation;
		}
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
				if (this.pausedUntilNanos > now || (pacing && slotGeneration != this.generation)) {
					at = nextSlot();
					slotGeneration = this.generation;
					pacing = true;
					continue;
				}
				long opens = this.cap.opensAt(now);
				if (opens > now) {
					at = opens;
					pacing = false;
					continue;
				}
				this.lastStartNanos = now;
				return new Start(this.cap.record(now), now);
			}
		}
	}

	private synchronized long nextSlot() {
		long slot = Math.max(Math.max(System.nanoTime(), this.nextStartNanos), this.pausedUntilNanos);
		this.nextStartNanos = slot + this.intervalNanos;
		return slot;
	}

	/**
	 * A start: the {@code number}-th recorded, at {@code nanos}
	 * ({@link System#nanoTime()}).
	 */
	record Start(long number, long nanos) {
	}

}
