package io.rtkwarehouse.warehouse;

import java.time.Instant;

import io.rtkwarehouse.window.DaySpan;

/**
 * One answer to a request for an app's run of days, as a {@link SpanHistory} keeps it.
 *
 * @param body the body as received ({@code null} when none came or it was too large)
 * @param loaded whether the rows were loaded from it
 * @param error why it was not loaded, {@code null} when it was
 */
public record SpanAnswer(DaySpan span, int attempt, Integer httpStatus, String body, boolean loaded, String error,
		Instant at) {

}
