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

class NoHiddenRetriesTests {

	private final AtomicInteger received = new AtomicInteger();

	private HttpServer server;

	@BeforeEach
	void unavailableServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.received.incrementAndGet();
			exchange.getResponseHeaders().add("Retry-After", "0");
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

	private int call(OkHttpClient client) throws IOException {
		Request request = new Request.Builder()
			.url("http://" + this.server.getAddress().getHostString() + ":" + this.server.getAddress().getPort() + "/")
			.build();
		try (Response response = client.newCall(request).execute()) {
			assertThat(response.code()).isEqualTo(503);
		}
		finally {
			client.connectionPool().evictAll();
			client.dispatcher().executorService().shutdown();
		}
		return this.received.get();
	}

}
