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

	private long intervalNanos;

	/** How many requests may start in any one second. */
	private final int perSecond;

	/**
	 * The start of each of the last slots handed out, by sequence number modulo its
	 * length: planned when the slot is handed out, the actual start once its request
	 * leaves. Longer than {@link #perSecond} by the concurrency, so that the start
	 * {@code perSecond} slots back is still there while every thread holds a slot.
	 */
	private final long[] starts;

	/** Slots handed out so far. */
	private long sequence;

	private final Semaphore inFlight;

	private long nextStartNanos;

	private long pausedUntilNanos;

	RateBudget(double requestsPerSecond, int concurrency) {
		this.intervalNanos = (long) Math.ceil(TimeUnit.SECONDS.toNanos(1) / (requestsPerSecond * HEADROOM));
		this.perSecond = Math.max(1, (int) Math.floor(requestsPerSecond));
		this.starts = new long[this.perSecond + concurrency];
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
		double window = 1 + WINDOW_SLACK_NANOS / 1e9;
		return Math.min(requestsPerSecond * HEADROOM, perSecond / Math.max(window, perSecond / requestsPerSecond));
	}

	/**
	 * Waits for a place and for the next start slot; pair with {@link #release()}.
	 * @return the slot, to report when the request {@link #departed departs}
	 */
	Start acquire() throws InterruptedException {
		this.inFlight.acquire();
		try {
			return waitForSlot();
		}
		catch (InterruptedException | RuntimeException ex) {
			this.inFlight.release();
			throw ex;
		}
	}

	/**
	 * The request of this slot left at {@code nanos}, later than its slot began: the
	 * slots after it count their second from then.
	 */
	void departed(Start start, long nanos) {
		synchronized (this) {
			int index = index(start.turn());
			if (this.sequence - start.turn() <= this.starts.length && this.starts[index] < nanos) {
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
	 * Slots are handed out in order: each one an interval after the one before, after any
	 * pause and at least a second (plus slack) after the start {@link #perSecond} slots
	 * back. A thread that wakes to find that earlier start came late waits for it in
	 * place, keeping its turn; only a 429 met while it slept sends it to the back.
	 */
	private Start waitForSlot() throws InterruptedException {
		while (true) {
			long turn;
			long slot;
			synchronized (this) {
				long now = System.nanoTime();
				turn = this.sequence++;
				slot = Math.max(Math.max(now, this.nextStartNanos),
						Math.max(this.pausedUntilNanos, secondOpensFor(turn)));
				this.starts[index(turn)] = slot;
				this.nextStartNanos = slot + this.intervalNanos;
			}
			while (true) {
				long wait = slot - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				synchronized (this) {
					long now = System.nanoTime();
					if (this.pausedUntilNanos > now) {
						break;
					}
					slot = Math.max(slot, secondOpensFor(turn));
					if (slot <= now) {
						if (this.sequence - turn <= this.starts.length) {
							this.starts[index(turn)] = now;
						}
						return new Start(turn, now);
					}
				}
			}
		}
	}

	/**
	 * When the one-second window of the start {@link #perSecond} slots before
	 * {@code turn} lets this one in. Should a run of 429s have handed out so many slots
	 * that this start is gone, its place holds a later one: later, so still safe.
	 */
	private long secondOpensFor(long turn) {
		long earlier = turn - this.perSecond;
		if (earlier < 0) {
			return Long.MIN_VALUE;
		}
		return this.starts[index(earlier)] + TimeUnit.SECONDS.toNanos(1) + WINDOW_SLACK_NANOS;
	}

	private int index(long turn) {
		return (int) (turn % this.starts.length);
	}

	/**
	 * A start slot: the {@code turn}-th handed out, begun at {@code nanos}
	 * ({@link System#nanoTime()}).
	 */
	record Start(long turn, long nanos) {
	}

}
