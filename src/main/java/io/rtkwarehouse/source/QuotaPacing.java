package io.rtkwarehouse.source;

import java.util.concurrent.TimeUnit;

import io.rtkwarehouse.source.QuotaHeaders.Quota;

/**
 * The rate the quota the server reports allows: what is left of it, less the reserve kept
 * for the user's other tools, spread evenly over the time until it resets, less what
 * those tools are seen spending. Fed with every answer's {@link Quota}, in the order the
 * requests started.
 *
 * <p>
 * Others' spending is what the quota fell by beyond this process's own requests since the
 * window began, per second; a new window starts from the last window's estimate, weighted
 * as {@link #PRIOR_SECONDS} of observation, so that its first answers do not swing it.
 */
final class QuotaPacing {

	private static final double PRIOR_SECONDS = 3;

	/**
	 * The server counts a request when it arrives; waiting this much past the reset the
	 * answers imply keeps a request held for the next window from arriving before it.
	 */
	static final long RESET_MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private final double reserve;

	private final int concurrency;

	/** The earliest reset the answers of this window imply: {@code t} rounds up. */
	private long resetNanos = Long.MIN_VALUE;

	private long lowestRemaining = Long.MAX_VALUE;

	/** The quota when this process first saw the window, and its first request in it. */
	private long startRemaining;

	private long firstRequest;

	private long firstSeenNanos;

	private double othersPerSecond;

	private double priorOthersPerSecond;

	QuotaPacing(double reserve, int concurrency) {
		this.reserve = reserve;
		this.concurrency = concurrency;
	}

	/**
	 * What to do next, after the answer to this process's {@code request}-th request
	 * reported {@code quota} at {@code now}.
	 */
	synchronized Pace observe(Quota quota, long request, long now) {
		long reset = now + TimeUnit.SECONDS.toNanos(quota.resetSeconds());
		boolean newWindow = this.resetNanos == Long.MIN_VALUE || now >= this.resetNanos
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
		if (usable <= 0 || rate <= 0) {
			return new Pace(0, this.resetNanos + RESET_MARGIN_NANOS);
		}
		return new Pace(rate, this.resetNanos + RESET_MARGIN_NANOS);
	}

	/** The others' spending seen, per second. */
	synchronized double othersPerSecond() {
		return this.othersPerSecond;
	}

	/**
	 * Requests per second to pace at until {@code resetNanos}; none ({@code 0}) means
	 * hold every request until then.
	 */
	record Pace(double perSecond, long resetNanos) {
	}

}
