package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/**
 * The {@code retry-after} header (RFC 9110, section 10.2.3): seconds, or an HTTP-date,
 * read against the clock. A hint, checked before it counts:
 * <ul>
 * <li>Seconds are ASCII digits only; {@code 0} is no wait (a 429 still waits a second),
 * more than {@link Pauses#LONGEST_WAIT} counts as that, however many digits.</li>
 * <li>An HTTP-date in the past is no wait; one further than {@link Pauses#LONGEST_WAIT}
 * counts as that.</li>
 * <li>Anything else (a sign, a fraction, another date format, garbage) reads as none, as
 * if the header were absent: a 429 then waits for the quota's reset or
 * {@code rtk.rate.pause-without-retry-after}.</li>
 * <li>Of several header lines, the longest wait that reads counts; only the first
 * {@link #MOST_VALUES} are read, and a date of at most {@link #LONGEST_VALUE}
 * characters.</li>
 * </ul>
 */
final class RetryAfter {

	static final int MOST_VALUES = 8;

	/** An HTTP-date has 29 characters. */
	static final int LONGEST_VALUE = 64;

	/** Nineteen digits may not fit a long; eighteen do, and are past the longest wait. */
	private static final int MOST_DIGITS = 18;

	private RetryAfter() {
	}

	/** The wait the header asks for, or null when there is none that reads. */
	static Duration read(Collection<String> values, Clock clock) {
		if (values == null) {
			return null;
		}
		Duration longest = null;
		int read = 0;
		for (String value : values) {
			if (read++ >= MOST_VALUES) {
				break;
			}
			Duration wait = readOne(value.trim(), clock);
			if (wait != null && (longest == null || wait.compareTo(longest) > 0)) {
				longest = wait;
			}
		}
		return longest;
	}

	private static Duration readOne(String value, Clock clock) {
		if (value.isEmpty()) {
			return null;
		}
		if (value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			long seconds = (value.length() > MOST_DIGITS) ? Long.MAX_VALUE : Long.parseLong(value);
			return Duration.ofSeconds(Math.min(seconds, Pauses.LONGEST_WAIT.toSeconds()));
		}
		if (value.length() > LONGEST_VALUE) {
			return null;
		}
		try {
			Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Instant now = clock.instant();
			if (!until.isAfter(now)) {
				return Duration.ZERO;
			}
			Instant latest = now.plus(Pauses.LONGEST_WAIT);
			return Duration.between(now, until.isBefore(latest) ? until : latest);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The header as a message names it: {@code retry-after: 3600}, shortened. */
	static String shown(Collection<String> values) {
		if (values == null || values.isEmpty()) {
			return "no retry-after";
		}
		return "retry-after: " + QuotaHeaders.shown(String.join(", ", values.stream().limit(MOST_VALUES).toList()));
	}

}
