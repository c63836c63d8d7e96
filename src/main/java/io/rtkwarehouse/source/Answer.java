package io.rtkwarehouse.source;

import java.time.Instant;

/**
 * One answer of the API (or the lack of one), as received: what the raw history keeps.
 *
 * @param attempt 1 for the first request, more for retries
 * @param httpStatus the status, {@code null} when no answer came
 * @param body the body as received, {@code null} when no answer came or it was larger
 * than {@code rtk.http.max-body-size}
 * @param error why this answer was not usable, {@code null} when it was
 * @param at when it came
 */
public record Answer(int attempt, Integer httpStatus, String body, String error, Instant at) {
}
