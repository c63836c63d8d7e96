package io.rtkwarehouse.source;

import java.util.concurrent.TimeUnit;

import io.rtkwarehouse.source.QuotaHeaders.Quota;

/**
 * The pace the quota the server reports allows: what is left of it, less the reserve kept
 * for the user's other tools, spread evenly over the time until it resets, less what
 * those tools are seen spending. Fed with every answer's {@link Quota}, in the order the
 * requests started.
 *
 * <p>
 * Others' spending is what the quota fell by beyond this process's own requests since the
 * window began, per second; a new window starts from the last window's estimate, weighted
 * as {@link #PRIOR_SECONDS} of observation, so that its first answers do not swing it.
 *
 * <p>
 * What is left never speeds the pace past a ceiling: the last sane policy the answers
 * announced, less the reserve ({@code q (1 - reserve) / w}), for the rest of the run,
 * whether later answers carry a policy or not; before any policy, the pace of no quota.
 * So {@code r=1200;t=0} under a policy of 4 per second is still 4 per second less the
 * reserve, and a quota that resets now does not let requests go all at once.
 */
final class QuotaPacing {

	private static final double PRIOR_SECONDS = 3;

	/**
	 * The server counts a request when it arrives; waiting this much past the reset the
	 * answers imply keeps a request held for the next window from arriving before it.
	 */
	static final long RESET_MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private static final long LONGEST_WAIT_NANOS = Pauses.LONGEST_WAIT.toNanos();

	private final double reserve;

	private final int concurrency;

	/** The interval of the pace without a policy: the ceiling, or the fallback. */
	private final long unpolicedIntervalNanos;

	/** The interval of the last sane policy less the reserve; 0 before any. */
	private long policyIntervalNanos;

	private Long limit;

	private Long windowSeconds;

	/** The earliest reset the answers of this window imply: {@code t} rounds up. */
	private long resetNanos = Long.MIN_VALUE;

	private long lowestRemaining = Long.MAX_VALUE;

	/** The quota when this process first saw the window, and its first request in it. */
	private long startRemaining;

	private long firstRequest;

	private long firstSeenNanos;

	private double othersPerSecond;

	private double priorOthersPerSecond;

	QuotaPacing(double reserve, int concurrency, long unpolicedIntervalNanos) {
		this.reserve = reserve;
		this.concurrency = concurrency;
		this.unpolicedIntervalNanos = unpolicedIntervalNanos;
	}

	/**
	 * What to do next, after the answer to this process's {@code request}-th request
	 * reported {@code quota} at {@code now} ({@link System#nanoTime()}).
	 */
	synchronized Pace observe(Quota quota, long request, long now) {
		boolean newPolicy = quota.limit() != null
				&& !(quota.limit().equals(this.limit) && quota.windowSeconds().equals(this.windowSeconds));
		if (newPolicy) {
			this.limit = quota.limit();
			this.windowSeconds = quota.windowSeconds();
			this.policyIntervalNanos = bounded(Math
				.ceil(TimeUnit.SECONDS.toNanos(this.windowSeconds) / (this.limit * Math.max(1e-6, 1 - this.reserve))));
		}
		long reset = Pauses.later(now, quota.reset().toNanos());
		boolean newWindow = newPolicy || this.resetNanos == Long.MIN_VALUE || now >= this.resetNanos
				|| quota.remaining() > this.lowestRemaining + this.concurrency;
		if (newWindow) {
			this.priorOthersPerSecond = this.othersPerSecond;
			this.resetNanos = reset;
			this.lowestRemaining = quota.remaining();
			this.firstRequest = request;
			this.firstSeenNanos = now;
			this.startRemaining = (quota.limit() != null) ? quota.limit() : quota.remaining() + 1;
		}
		this.resetNanos = Math.min(this.resetNanos, reset);
		this.lowestRemaining = Math.min(this.lowestRemaining, quota.remaining());
		double elapsed;
		if (quota.limit() != null) {
			elapsed = Math.max(0, quota.windowSeconds() - (this.resetNanos - now) / 1e9);
		}
		else {
			elapsed = (now - this.firstSeenNanos) / 1e9;
		}
		long ours = Math.max(1, request - this.firstRequest + 1);
		long others = Math.max(0, this.startRemaining - quota.remaining() - ours);
		this.othersPerSecond = (others + this.priorOthersPerSecond * PRIOR_SECONDS) / (elapsed + PRIOR_SECONDS);
		long kept = (long) Math.ceil(this.reserve * this.startRemaining);
		long usable = quota.remaining() - kept;
		double left = Math.max(0.001, (this.resetNanos - now) / 1e9);
		double rate = usable / left - this.othersPerSecond;
		long holdUntil = Pauses.later(this.resetNanos, RESET_MARGIN_NANOS);
		if (usable <= 0 || rate <= 0) {
			return new Pace(ceilingIntervalNanos(), holdUntil);
		}
		// No slower than it takes to reach the reset, when a new window starts; never
		// faster than the ceiling.
		long quoted = Math.min(bounded(Math.ceil(1e9 / rate)), Math.max(0, this.resetNanos - now));
		return new Pace(Math.max(ceilingIntervalNanos(), quoted), Long.MIN_VALUE);
	}

	/**
	 * The shortest interval between requests while quotas come, or after they stopped
	 * coming: the last sane policy's, else the pace without a policy.
	 */
	synchronized long ceilingIntervalNanos() {
		return (this.limit != null) ? this.policyIntervalNanos : this.unpolicedIntervalNanos;
	}

	/** The last sane policy's interval, or 0 before any. */
	synchronized long policyIntervalNanos() {
		return this.policyIntervalNanos;
	}

	/** The others' spending seen, per second. */
	synchronized double othersPerSecond() {
		return this.othersPerSecond;
	}

	private static long bounded(double nanos) {
		return (long) Math.min(nanos, LONGEST_WAIT_NANOS);
	}

	/**
	 * The shortest interval between requests from now on, and until when to hold every
	 * request ({@link Long#MIN_VALUE}: no hold): the quota is spent until its reset.
	 */
	record Pace(long intervalNanos, long holdUntilNanos) {

		/** Requests per second the interval allows. */
		double perSecond() {
			return (this.intervalNanos > 0) ? 1e9 / this.intervalNanos : Double.POSITIVE_INFINITY;
		}

	}

}
