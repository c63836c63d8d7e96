package io.rtkwarehouse.simulator;

import java.util.ArrayDeque;

/**
 * Accepts at most a number of requests per second, as a sliding-window log of the
 * accepted ones.
 */
final class RateLimiter {

	private final ArrayDeque<Long> accepted = new ArrayDeque<>();

	private double rate;

	/** 0 = no limit; see {@link ApiSimulator#rateLimit} for fractional limits. */
	synchronized void rate(double requestsPerSecond) {
		if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond)) {
			throw new IllegalArgumentException("rateLimit must be a finite number >= 0, got " + requestsPerSecond);
		}
		rate = requestsPerSecond;
		if (requestsPerSecond == 0) {
			accepted.clear();
		}
	}

	synchronized boolean tryAcquire(long nowNanos) {
		if (rate == 0) {
			return true;
		}
		int permits = (int) Math.max(1, Math.floor(rate));
		long windowNanos = (long) (permits / rate * 1e9);
		while (!accepted.isEmpty() && nowNanos - accepted.peekFirst() >= windowNanos) {
			accepted.pollFirst();
		}
		if (accepted.size() >= permits) {
			return false;
		}
		accepted.addLast(nowNanos);
		return true;
	}

}
