package io.rtkwarehouse.source;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import feign.Client;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.okhttp.OkHttpClient;
import io.rtkwarehouse.config.RtkProperties;
import okhttp3.ConnectionPool;

import org.springframework.context.annotation.Bean;

/**
 * Settings of the {@code realtimekit} Feign client only (deliberately not a scanned
 * {@code @Configuration}, so none of it leaks into other clients).
 */
class RealtimeKitClientConfiguration {

	/**
	 * OkHttp keeps connections alive across the concurrent fetches of a run, reports when
	 * each request leaves to the rate budget ({@link Departures}) and never sends one
	 * again by itself ({@link NoHiddenRetries}), nor reads on in a body left unread
	 * ({@link DropUnreadBodies}). Its connect and read timeouts equal {@link #timeouts}:
	 * where they differ, Feign builds a new client for every request. The call timeout
	 * bounds a whole request, a body that trickles in included; Feign's options have
	 * none, and the clients Feign builds copy this one's.
	 */
	@Bean
	Client okHttpClient(RtkProperties properties, Departures departures) {
		int connections = Math.max(5, properties.rate().concurrency() * 2);
		return new OkHttpClient(
				new okhttp3.OkHttpClient.Builder().connectionPool(new ConnectionPool(connections, 5, TimeUnit.MINUTES))
					.connectTimeout(properties.http().connectTimeout())
					.readTimeout(properties.http().readTimeout())
					.callTimeout(noneIfNegative(properties.http().callTimeout()))
					.followRedirects(false)
					.retryOnConnectionFailure(false)
					.eventListener(departures)
					.addNetworkInterceptor(new NoHiddenRetries())
					.addNetworkInterceptor(new DropUnreadBodies())
					.build());
	}

	/**
	 * OkHttp refuses a negative timeout when the client is built, before the command
	 * could say what is wrong; {@link RtkProperties#problems} does, and no request is
	 * sent.
	 */
	private static Duration noneIfNegative(Duration timeout) {
		return timeout.isNegative() ? Duration.ZERO : timeout;
	}

	@Bean
	Request.Options timeouts(RtkProperties properties) {
		return new Request.Options(properties.http().connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
				properties.http().readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
	}

	/**
	 * Retries are {@link LivestreamSource}'s job: they must draw from the shared rate
	 * budget.
	 */
	@Bean
	Retryer noFeignRetries() {
		return Retryer.NEVER_RETRY;
	}

	@Bean
	Logger redactingLogger() {
		return new RedactingFeignLogger(RealtimeKitApi.class);
	}

}
