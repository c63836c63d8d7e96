package io.rtkwarehouse.source;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DropUnreadBodiesTests {

	private static final long HUGE = 256L * 1024 * 1024;

	private final CompletableFuture<Long> written = new CompletableFuture<>();

	private final OkHttpClient client = new OkHttpClient.Builder().addNetworkInterceptor(new DropUnreadBodies())
		.build();

	private HttpServer server;

	@BeforeEach
	void serverOfAHugeAndASmallBody() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/huge", (exchange) -> {
			exchange.sendResponseHeaders(200, HUGE);
			long count = 0;
			byte[] chunk = new byte[64 * 1024];
			try (OutputStream out = exchange.getResponseBody()) {
				for (; count < HUGE; count += chunk.length) {
					out.write(chunk);
				}
			}
			catch (IOException ex) {
				// the client went away
			}
			this.written.complete(count);
			exchange.close();
		});
		this.server.createContext("/small", (exchange) -> {
			exchange.sendResponseHeaders(200, 2);
			exchange.getResponseBody().write("{}".getBytes());
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.client.connectionPool().evictAll();
		this.client.dispatcher().executorService().shutdown();
		this.server.stop(0);
	}

	@Test
	void aBodyClosedUnreadCancelsItsCallRatherThanReadingOn() throws Exception {
		Call call = this.client.newCall(request("/huge"));
		try (Response response = call.execute()) {
			assertThat(response.body().byteStream().read()).isZero();
		}

		assertThat(call.isCanceled()).isTrue();
		assertThat(this.client.connectionPool().connectionCount()).isZero();
		// What the socket buffers held, not the 100 ms of it OkHttp would read to keep
		// the connection.
		assertThat(this.written.get(30, TimeUnit.SECONDS)).isLessThan(HUGE / 8);
	}

	@Test
	void aBodyReadToItsEndKeepsItsConnectionForTheNextRequest() throws IOException {
		Call call = this.client.newCall(request("/small"));
		try (Response response = call.execute()) {
			assertThat(response.body().string()).isEqualTo("{}");
		}

		assertThat(call.isCanceled()).isFalse();
		assertThat(this.client.connectionPool().idleConnectionCount()).isOne();
	}

	private Request request(String path) {
		return new Request.Builder().url("http://127.0.0.1:" + this.server.getAddress().getPort() + path).build();
	}

}
