package io.rtkwarehouse.source;

import java.time.Duration;
import java.time.Instant;

/**
 * The API asked for a wait longer than {@code rtk.rate.max-pause}: rather than hold the
 * account's lock that long, the run stops, and the same command run after the wait
 * fetches what is missing. Its message is one line: the wait, until when, what announced
 * it and the setting.
 */
public class QuotaPauseTooLongException extends RuntimeException {

	/**
	 * @param context the answer that announced the wait, as {@code HTTP 429 (rate
	 * limited) while fetching the app list}
	 * @param why the header that announced it and its value, shortened
	 */
	QuotaPauseTooLongException(String context, Duration wait, Instant until, String why, Duration maxPause) {
		super(context + ": the API asks to wait " + Pauses.human(wait) + " (" + why + "), until " + until
				+ ", longer than rtk.rate.max-pause (" + Pauses.human(maxPause)
				+ "); the run stops instead of waiting");
	}

}
