package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;

/**
 * The {@code retry-after} header of a 429 (RFC 9110, section 10.2.3): seconds, or an
 * HTTP-date, read against the clock; anything else reads as none.
 */
final class RetryAfter {

	private RetryAfter() {
	}

	/** The wait the header asks for, or null when there is none that reads. */
	static Duration read(Collection<String> values, Clock clock) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		String value = values.iterator().next().trim();
		if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
			try {
				return Duration.ofSeconds(Long.parseLong(value));
			}
			catch (NumberFormatException ex) {
				// More seconds than a long holds: as long a wait as can be.
				return Duration.ofSeconds(Long.MAX_VALUE);
			}
		}
		try {
			Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(clock.instant(), until);
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
