package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import io.rtkwarehouse.config.RtkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a 429 does, as Cloudflare means it: every request of the process waits for the
 * {@code retry-after} it came with, else until the quota resets, else
 * {@code rtk.rate.pause-without-retry-after}; never less than a second. A wait longer
 * than {@code rtk.rate.max-pause} ends the run ({@link QuotaPauseTooLongException}).
 */
final class Pauses {

	private static final Logger logger = LoggerFactory.getLogger(Pauses.class);

	/** Never an immediate retry after a 429, even when the server says 0. */
	private static final Duration SHORTEST_SERVER_PAUSE = Duration.ofSeconds(1);

	private final RtkProperties.Rate rate;

	private final Supplier<RateBudget> budget;

	private final SourceStats stats;

	private final Clock clock;

	Pauses(RtkProperties.Rate rate, Supplier<RateBudget> budget, SourceStats stats, Clock clock) {
		this.rate = rate;
		this.budget = budget;
		this.stats = stats;
		this.clock = clock;
	}

	/**
	 * A 429 came for {@code what}, with this retry-after (or null) and quota (or null).
	 */
	void tooManyRequests(String what, Duration retryAfter, QuotaHeaders.Quota quota) {
		Duration pause;
		String why;
		if (retryAfter != null) {
			pause = max(retryAfter, SHORTEST_SERVER_PAUSE);
			why = "retry-after";
		}
		else if (quota != null) {
			pause = max(Duration.ofSeconds(quota.resetSeconds()), SHORTEST_SERVER_PAUSE);
			why = "no retry-after; the quota resets then";
		}
		else {
			pause = this.rate.pauseWithoutRetryAfter();
			why = "no retry-after nor quota: rtk.rate.pause-without-retry-after";
		}
		Instant until = this.clock.instant().plus(pause).truncatedTo(ChronoUnit.SECONDS);
		if (pause.compareTo(this.rate.maxPause()) > 0) {
			this.budget.get().stop();
			throw new QuotaPauseTooLongException(what, pause, until, why, this.rate.maxPause());
		}
		Duration added = this.budget.get().pauseFor(pause);
		this.stats.paused(added);
		if (added.compareTo(pause.dividedBy(2)) > 0) {
			logger.warn("HTTP 429 (rate limited) while fetching {}: pausing every request for {} ({}), until {}", what,
					human(pause), why, until);
		}
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	static String human(Duration duration) {
		if (duration.toMillis() < 1000) {
			return duration.toMillis() + " ms";
		}
		if (duration.toSeconds() < 120) {
			return duration.toSeconds() + " s";
		}
		return (duration.toSeconds() < 7200) ? duration.toMinutes() + " min" : duration.toHours() + " h";
	}

}
