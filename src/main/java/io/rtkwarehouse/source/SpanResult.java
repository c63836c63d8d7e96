package io.rtkwarehouse.source;

import java.util.List;

import io.rtkwarehouse.window.DaySpan;

/**
 * The outcome of one request that covers several days of an app, after retries.
 *
 * @param span the app and days asked for
 * @param value what the answer said of those days, {@code null} when it failed
 * @param answers every request's answer, in order; the last one decided
 * @param error why it failed, {@code null} when it loaded
 */
public record SpanResult<T>(DaySpan span, T value, List<FetchResult.Answer> answers, String error) implements Fetched {
}
