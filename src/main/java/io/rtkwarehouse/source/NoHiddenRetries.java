package io.rtkwarehouse.source;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * OkHttp reads the {@code Retry-After} of a 503 itself, before {@link ApiCalls} does:
 * {@code 0} makes it send the request again at once, even with retries on connection
 * failure off, bypassing the rate budget; digits too many for an int make it throw a
 * {@link NumberFormatException} instead of answering. This network interceptor, which
 * OkHttp runs first, drops a {@code Retry-After: 0} and writes a longer number as the
 * largest int, which {@link RetryAfter} reads as the same: longer than any wait allowed.
 * {@link ApiCalls} retries the 503 itself, with backoff, from the budget.
 */
class NoHiddenRetries implements Interceptor {

	private static final String LARGEST_INT = Integer.toString(Integer.MAX_VALUE);

	@Override
	public Response intercept(Chain chain) throws IOException {
		Response response = chain.proceed(chain.request());
		String retryAfter = response.header("Retry-After");
		if (response.code() != 503 || retryAfter == null || !retryAfter.trim().matches("[0-9]+")) {
			return response;
		}
		String digits = retryAfter.trim();
		if (digits.matches("0+")) {
			return response.newBuilder().removeHeader("Retry-After").build();
		}
		if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
			return response.newBuilder().header("Retry-After", LARGEST_INT).build();
		}
		return response;
	}

}
