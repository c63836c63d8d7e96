package io.rtkwarehouse.source;

import java.time.Duration;
import java.time.Instant;

/**
 * A 429 asked for a pause longer than {@code rtk.rate.max-pause}: rather than hold the
 * account's lock that long, the run stops, and the same command run after the wait
 * fetches what is missing.
 */
public class QuotaPauseTooLongException extends RuntimeException {

	QuotaPauseTooLongException(String what, Duration pause, Instant until, String why, Duration maxPause) {
		super("HTTP 429 (rate limited) while fetching " + what + ": the API asks every request to wait "
				+ Pauses.human(pause) + " (" + why + "), until " + until + ", longer than rtk.rate.max-pause ("
				+ Pauses.human(maxPause) + "); the run stops instead of waiting");
	}

}
