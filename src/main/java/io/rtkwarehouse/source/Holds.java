package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The waits every request of the process is held to, each with what announced it, and
 * their limit: a request that would wait longer than {@code rtk.rate.max-pause}, for a
 * hold (a 429's pause, a quota spent until its reset) or for the interval of a pace (a
 * policy that slow), ends the run instead. How long the requests queued behind it wait
 * does not count: only each wait the server asked for. Not thread-safe:
 * {@link RateBudget} holds its lock around every call.
 */
final class Holds {

	private final long maxWaitNanos;

	private final Duration maxWait;

	private final Clock clock;

	/** Until when ({@link System#nanoTime()}) every request is held. */
	private long untilNanos;

	private Announcement hold;

	/** What announced the interval of the pace: null while it is the configured one. */
	private Announcement pace;

	/**
	 * A {@code maxWait} of {@link Pauses#LONGEST_WAIT} or more never ends the run: no
	 * wait is counted longer.
	 */
	Holds(Duration maxWait, Clock clock, long now) {
		this.maxWait = maxWait;
		this.maxWaitNanos = (maxWait.compareTo(Pauses.LONGEST_WAIT) < 0) ? maxWait.toNanos() : Long.MAX_VALUE;
		this.clock = clock;
		this.untilNanos = now;
	}

	long untilNanos() {
		return this.untilNanos;
	}

	/** Holds every request until {@code nanos}, as announced, unless held longer. */
	void holdUntil(long nanos, Announcement by) {
		if (nanos > this.untilNanos) {
			this.untilNanos = nanos;
			this.hold = by;
		}
	}

	/** The interval of the pace changed, as announced. */
	void paced(Announcement by) {
		this.pace = by;
	}

	/**
	 * Ends the run when a request starting at {@code now} would wait too long, for the
	 * hold or for an interval of {@code intervalNanos}.
	 */
	void check(long now, long intervalNanos) {
		if (this.untilNanos - now > this.maxWaitNanos) {
			throw tooLong(this.untilNanos - now, this.hold.context(), this.hold.header());
		}
		if (this.pace != null && intervalNanos > this.maxWaitNanos) {
			throw tooLong(intervalNanos, this.pace.context(), this.pace.header() + ", a pace of one request every "
					+ Pauses.human(Duration.ofNanos(intervalNanos)));
		}
	}

	private QuotaPauseTooLongException tooLong(long nanos, String context, String header) {
		Duration wait = Duration.ofNanos(nanos);
		Instant until = this.clock.instant().plus(wait).truncatedTo(ChronoUnit.SECONDS);
		return new QuotaPauseTooLongException(context, wait, until, header, this.maxWait);
	}

	/**
	 * An answer that announced a wait, as a message names it: {@code HTTP 200 while
	 * fetching ...} and the header with its value, shortened.
	 */
	record Announcement(String context, String header) {
	}

}
