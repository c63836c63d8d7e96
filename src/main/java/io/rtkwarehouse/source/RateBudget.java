package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one request budget of the process: at most {@code concurrency} requests in flight,
 * evenly spaced at the rate the server's quota allows ({@link QuotaPacing}), or while no
 * quota is reported at slightly less than the configured ceiling ({@link Ceiling}); with
 * a ceiling, never more than its whole part leaving in any 1.025 s. A 429 pauses every
 * request of the process, not just the one that met it. A request that would wait longer
 * than {@code rtk.rate.max-pause} ends the run instead ({@link Holds}).
 */
class RateBudget {

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

	private final Holds holds;

	private volatile boolean stopped;

	RateBudget(double requestsPerSecond, int concurrency) {
		this(requestsPerSecond, concurrency, 0.1, Pauses.LONGEST_WAIT, Clock.systemUTC());
	}

	/**
	 * A {@code ceiling} the quota can only lower (null: auto), a reserve of the quota,
	 * the longest wait of a request ({@code rtk.rate.max-pause}).
	 */
	RateBudget(Double ceiling, int concurrency, double reserve, Duration maxWait, Clock clock) {
		this.capped = ceiling != null;
		this.initialIntervalNanos = Ceiling.intervalNanos(ceiling);
		this.unquotedIntervalNanos = this.initialIntervalNanos;
		this.intervalNanos = this.initialIntervalNanos;
		this.pacing = new QuotaPacing(reserve, concurrency, this.initialIntervalNanos);
		this.cap = new SecondCap(this.capped ? Ceiling.perSecond(ceiling) : 0);
		this.inFlight = new Semaphore(concurrency, true);
		this.nextStartNanos = System.nanoTime();
		this.lastStartNanos = this.nextStartNanos;
		this.holds = new Holds(maxWait, clock, this.nextStartNanos);
	}

	/**
	 * The rate requests keep up over a long run without a quota: the budget less its
	 * headroom, or its whole part per 1.025 s, whichever is lower.
	 */
	static double sustainedRate(Double ceiling) {
		return TimeUnit.SECONDS.toNanos(1) / (double) Ceiling.intervalNanos(ceiling);
	}

	/**
	 * The answer to the {@code start}'s request, {@code context} as a message names it
	 * ({@code HTTP 200 while fetching ...}), reported this quota, or none (null): the
	 * pace follows it, or the ceiling again, never faster than the last sane policy.
	 * Returns the pace, or null without a quota.
	 */
	QuotaPacing.Pace observe(Start start, QuotaHeaders.Quota quota, String context) {
		long now = System.nanoTime();
		synchronized (this) {
			long interval = Math.max(this.unquotedIntervalNanos, this.pacing.policyIntervalNanos());
			QuotaPacing.Pace pace = (quota != null) ? this.pacing.observe(quota, start.number(), now) : null;
			if (pace != null) {
				Holds.Announcement by = new Holds.Announcement(context, quota.header());
				this.holds.holdUntil(pace.holdUntilNanos(), by);
				interval = this.capped ? Math.max(this.initialIntervalNanos, pace.intervalNanos())
						: pace.intervalNanos();
				if (interval != this.intervalNanos) {
					this.holds.paced(by);
				}
			}
			this.quoted = quota != null;
			if (interval != this.intervalNanos) {
				this.intervalNanos = interval;
				this.nextStartNanos = Pauses.later(this.lastStartNanos, interval);
				this.generation++;
			}
			return pace;
		}
	}

	/** The interval between starts now: for tests. */
	synchronized long intervalNanos() {
		return this.intervalNanos;
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
	 * Holds back every request of the process for {@code pause}, after a 429, as
	 * announced; while no quota is reported, the rest of the run is paced 5% slower, down
	 * to half the budget.
	 * @return how much later requests may start than before
	 */
	Duration pauseFor(Duration pause, Holds.Announcement by) {
		long now = System.nanoTime();
		long until = Pauses.later(now, pause.toNanos());
		synchronized (this) {
			long added = Math.max(0, until - Math.max(now, this.holds.untilNanos()));
			this.holds.holdUntil(until, by);
			this.unquotedIntervalNanos = Math.min((long) (this.unquotedIntervalNanos * 1.05),
					2 * this.initialIntervalNanos);
			if (!this.quoted) {
				this.intervalNanos = Math.max(this.unquotedIntervalNanos, this.pacing.policyIntervalNanos());
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
				if (this.holds.untilNanos() > now || (pacing && slotGeneration != this.generation)) {
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

	/** The next start slot, unless it is further than a request may wait. */
	private synchronized long nextSlot() {
		checkStopped();
		long now = System.nanoTime();
		try {
			this.holds.check(now, this.intervalNanos);
		}
		catch (QuotaPauseTooLongException ex) {
			stop();
			throw ex;
		}
		long slot = Math.max(Math.max(now, this.nextStartNanos), this.holds.untilNanos());
		this.nextStartNanos = Pauses.later(slot, this.intervalNanos);
		return slot;
	}

	/**
	 * A start: the {@code number}-th recorded, at {@code nanos}
	 * ({@link System#nanoTime()}).
	 */
	record Start(long number, long nanos) {
	}

}
