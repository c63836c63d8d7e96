package io.rtkwarehouse.source;

import java.time.Instant;

import io.rtkwarehouse.window.DayWindow;

/**
 * The outcome of fetching one window, after retries: either its numbers or the last error. The
 * raw body of the last answer is kept either way.
 *
 * @param window the window
 * @param numbers the numbers, {@code null} when the window failed
 * @param httpStatus the status of the last answer, {@code null} when no answer came
 * @param body the body of the last answer, {@code null} when no answer came
 * @param attempts how many requests were made
 * @param error why the window failed, {@code null} when it loaded
 * @param fetchedAt when the last answer came
 */
public record FetchResult(DayWindow window, LivestreamNumbers numbers, Integer httpStatus, String body, int attempts,
		String error, Instant fetchedAt) {

	public boolean loaded() {
		return this.error == null;
	}

}
