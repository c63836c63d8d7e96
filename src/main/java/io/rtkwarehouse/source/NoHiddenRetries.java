package io.rtkwarehouse.source;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * OkHttp sends a request again at once, by itself, when a 503 answer says
 * {@code Retry-After: 0}, even with retries on connection failure off. Such a request
 * would bypass the rate budget, so this network interceptor drops that header before
 * OkHttp sees it; {@link LivestreamSource} retries the 503 itself, with backoff, from the
 * budget.
 */
class NoHiddenRetries implements Interceptor {

	@Override
	public Response intercept(Chain chain) throws IOException {
		Response response = chain.proceed(chain.request());
		if (response.code() == 503 && response.header("Retry-After") != null) {
			String retryAfter = response.header("Retry-After").trim();
			if (retryAfter.equals("0")) {
				return response.newBuilder().removeHeader("Retry-After").build();
			}
		}
		return response;
	}

}
