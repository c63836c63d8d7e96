package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.function.Supplier;

import io.rtkwarehouse.config.RtkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waits the server asks for, and their one limit. A 429 holds every request of the
 * process for the {@code retry-after} it came with, else until the quota resets, else
 * {@code rtk.rate.pause-without-retry-after}; never less than a second. Any wait longer
 * than {@code rtk.rate.max-pause} ends the run ({@link QuotaPauseTooLongException}),
 * whatever announced it: a 429 here, the {@code retry-after} of another failure here, an
 * answer that says the quota is spent or a policy that slow in the {@link RateBudget}.
 */
final class Pauses {

	/**
	 * No wait is counted longer: a {@code t} or {@code retry-after} beyond it is as long,
	 * far longer than any sensible {@code rtk.rate.max-pause}, and the arithmetic in
	 * nanoseconds stays far from overflowing.
	 */
	static final Duration LONGEST_WAIT = Duration.ofDays(365);

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
	 * The {@code retry-after} of an answer with {@code status} for {@code what}, or null
	 * when none reads. The answers that are retried (408, 409, 429, 5xx) wait for it, so
	 * one longer than {@code rtk.rate.max-pause} ends the run here, naming the header as
	 * it came.
	 */
	Duration retryAfter(String what, int status, Collection<String> header) {
		Duration retryAfter = RetryAfter.read(header, this.clock);
		if (retryAfter == null || !(status == 408 || status == 409 || status == 429 || status >= 500)) {
			return retryAfter;
		}
		try {
			check(context(what, status), (status == 429) ? max(retryAfter, SHORTEST_SERVER_PAUSE) : retryAfter,
					RetryAfter.shown(header));
		}
		catch (QuotaPauseTooLongException ex) {
			if (status == 429) {
				// The run ends before the 429 is counted where it is answered.
				this.stats.rateLimited();
			}
			throw ex;
		}
		return retryAfter;
	}

	/**
	 * A 429 came for {@code what}, with this retry-after (or null, already checked) and
	 * quota (or null).
	 */
	void tooManyRequests(String what, Duration retryAfter, QuotaHeaders.Quota quota) {
		Duration pause;
		String why;
		if (retryAfter != null) {
			pause = max(retryAfter, SHORTEST_SERVER_PAUSE);
			why = "retry-after";
		}
		else if (quota != null) {
			pause = max(quota.reset(), SHORTEST_SERVER_PAUSE);
			why = "no retry-after; " + quota.header();
		}
		else {
			pause = this.rate.pauseWithoutRetryAfter();
			why = "no retry-after nor quota: rtk.rate.pause-without-retry-after";
		}
		pause = min(pause, LONGEST_WAIT);
		String context = context(what, 429);
		Instant until = check(context, pause, why);
		Duration added = this.budget.get().pauseFor(pause, new Holds.Announcement(context, why));
		this.stats.paused(added);
		if (added.compareTo(pause.dividedBy(2)) > 0) {
			logger.warn("{}: pausing every request for {} ({}), until {}", context, human(pause), why, until);
		}
	}

	private static String context(String what, int status) {
		return ((status == 429) ? "HTTP 429 (rate limited)" : "HTTP " + status) + " while fetching " + what;
	}

	/**
	 * Ends the run when {@code wait} is longer than {@code rtk.rate.max-pause}; otherwise
	 * returns until when it lasts.
	 */
	private Instant check(String context, Duration wait, String why) {
		Duration bounded = min(wait, LONGEST_WAIT);
		Instant until = this.clock.instant().plus(bounded).truncatedTo(ChronoUnit.SECONDS);
		if (bounded.compareTo(this.rate.maxPause()) > 0) {
			this.budget.get().stop();
			throw new QuotaPauseTooLongException(context, bounded, until, why, this.rate.maxPause());
		}
		return until;
	}

	/**
	 * {@code nanos} ({@link System#nanoTime()}) plus {@code plus >= 0}, or the largest
	 * long rather than overflow into the past. {@code nanoTime} counts from the machine's
	 * start and waits are bounded by {@link #LONGEST_WAIT}, so this is a guard, never a
	 * limit.
	 */
	static long later(long nanos, long plus) {
		long sum = nanos + plus;
		return (plus > 0 && sum < nanos) ? Long.MAX_VALUE : sum;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	/** A wait as people read it, rounded: {@code 50 ms}, {@code 90 s}, {@code 24 h}. */
	static String human(Duration duration) {
		if (duration.toMillis() < 1000) {
			return duration.toMillis() + " ms";
		}
		long seconds = Math.round(duration.toMillis() / 1000.0);
		if (seconds < 120) {
			return seconds + " s";
		}
		if (seconds < 7200) {
			return Math.round(seconds / 60.0) + " min";
		}
		long hours = Math.round(seconds / 3600.0);
		return (hours < 48) ? hours + " h" : Math.round(seconds / 86400.0) + " d";
	}

}
