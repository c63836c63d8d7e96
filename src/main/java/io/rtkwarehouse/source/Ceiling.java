package io.rtkwarehouse.source;

import java.util.concurrent.TimeUnit;

/**
 * The pace of a configured ceiling ({@code rtk.rate.requests-per-second}), or of
 * {@link #FALLBACK} while it is {@code auto} and no quota is reported.
 */
final class Ceiling {

	/**
	 * Requests are paced slightly below the budget: a request sent on time can still
	 * arrive late behind a busy thread or a GC pause, bunching up with the next one at
	 * the server.
	 */
	static final double HEADROOM = 0.985;

	/** Requests per second while no quota is reported and no ceiling is configured. */
	static final double FALLBACK = 2;

	private Ceiling() {
	}

	/** The whole part of a ceiling, at least 1: at most that many leave per 1.025 s. */
	static int perSecond(double requestsPerSecond) {
		return Math.max(1, (int) Math.floor(requestsPerSecond));
	}

	/**
	 * The interval between requests under a {@code ceiling} (null: the fallback). Pacing
	 * drives the spacing of the requests; the cap of each 1.025 s only catches the ones
	 * that left late.
	 */
	static long intervalNanos(Double ceiling) {
		double requestsPerSecond = (ceiling != null) ? ceiling : FALLBACK;
		long paced = (long) Math.ceil(TimeUnit.SECONDS.toNanos(1) / (requestsPerSecond * HEADROOM));
		long capped = (long) Math.ceil(SecondCap.WINDOW_NANOS / (double) perSecond(requestsPerSecond));
		return Math.max(paced, capped);
	}

}
