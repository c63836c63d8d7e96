package io.rtkwarehouse.source;

import java.time.Instant;
import java.util.List;

import io.rtkwarehouse.window.DayWindow;

/**
 * The outcome of fetching one window, after retries: its numbers, or the last error; and
 * every answer the API gave on the way, for the raw history.
 *
 * @param window the window
 * @param numbers the numbers, {@code null} when the window failed
 * @param answers every request's answer, in order; the last one decided
 * @param error why the window failed, {@code null} when it loaded
 */
public record FetchResult(DayWindow window, LivestreamNumbers numbers, List<Answer> answers,
		String error) implements Fetched {

	/**
	 * One answer of the API.
	 *
	 * @param attempt 1 for the first request, more for retries
	 * @param httpStatus the status, {@code null} when no answer came
	 * @param body the body as received, {@code null} when no answer came or it was larger
	 * than {@code rtk.http.max-body-size}
	 * @param json whether the body is valid JSON
	 * @param error why this answer was not usable, {@code null} when it was
	 * @param at when it came
	 */
	public record Answer(int attempt, Integer httpStatus, String body, boolean json, String error, Instant at) {
	}

}
