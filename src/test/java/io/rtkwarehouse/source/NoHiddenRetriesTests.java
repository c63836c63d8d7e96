package io.rtkwarehouse.source;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NoHiddenRetriesTests {

	private final AtomicInteger received = new AtomicInteger();

	private volatile String retryAfter = "0";

	private volatile String lastRetryAfter;

	private HttpServer server;

	@BeforeEach
	void unavailableServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.received.incrementAndGet();
			exchange.getResponseHeaders().add("Retry-After", this.retryAfter);
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void okHttpAloneSendsAgainAfterA503WithRetryAfterZero() throws IOException {
		assertThat(call(new OkHttpClient.Builder().retryOnConnectionFailure(false).build())).isEqualTo(2);
	}

	@Test
	void withTheInterceptorEveryRequestIsSentOnce() throws IOException {
		OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false)
			.addNetworkInterceptor(new NoHiddenRetries())
			.build();

		assertThat(call(client)).isEqualTo(1);
	}

	@Test
	void okHttpAloneThrowsOnA503WithMoreSecondsThanAnInt() {
		this.retryAfter = "99999999999";

		assertThatExceptionOfType(NumberFormatException.class)
			.isThrownBy(() -> call(new OkHttpClient.Builder().retryOnConnectionFailure(false).build()));
	}

	@Test
	void withTheInterceptorSuchA503IsAnAnswerWhoseRetryAfterIsStillTheLongest() throws IOException {
		this.retryAfter = "99999999999";
		OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false)
			.addNetworkInterceptor(new NoHiddenRetries())
			.build();

		assertThat(call(client)).isEqualTo(1);
		assertThat(this.lastRetryAfter).isEqualTo("2147483647");
		assertThat(RetryAfter.read(java.util.List.of(this.lastRetryAfter), java.time.Clock.systemUTC()))
			.isEqualTo(Pauses.LONGEST_WAIT);
	}

	@Test
	void withTheInterceptorOtherRetryAftersOfA503AreLeftAsTheyAre() throws IOException {
		for (String value : new String[] { "-5", "30", "2147483647", "Sun, 01 Mar 2026 10:02:30 GMT" }) {
			this.retryAfter = value;
			OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false)
				.addNetworkInterceptor(new NoHiddenRetries())
				.build();
			call(client);
			assertThat(this.lastRetryAfter).isEqualTo(value);
		}
	}

	private int call(OkHttpClient client) throws IOException {
		Request request = new Request.Builder()
			.url("http://" + this.server.getAddress().getHostString() + ":" + this.server.getAddress().getPort() + "/")
			.build();
		try (Response response = client.newCall(request).execute()) {
			assertThat(response.code()).isEqualTo(503);
			this.lastRetryAfter = response.header("Retry-After");
		}
		finally {
			client.connectionPool().evictAll();
			client.dispatcher().executorService().shutdown();
		}
		return this.received.get();
	}

}
