package io.rtkwarehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP proxy in front of the API simulator that replaces headers of its answers: for
 * quota and retry-after headers a sane server never sends, without touching the
 * simulator. Records when each request arrived ({@link System#nanoTime()}).
 */
public final class HeaderRewritingProxy implements AutoCloseable {

	/** Headers the JDK's client or server set themselves. */
	private static final Set<String> OWN_HEADERS = Set.of("connection", "content-length", "host", "expect", "upgrade",
			"transfer-encoding", "date", "keep-alive");

	private final String target;

	private final String path;

	private final HttpServer server;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** Replaced headers by lower-case name; null values remove it. */
	private final Map<String, List<String>> replaced = new ConcurrentHashMap<>();

	private final List<Long> arrivals = new CopyOnWriteArrayList<>();

	/** A proxy for {@code baseUrl} (such as {@code http://127.0.0.1:8080/client/v4}). */
	public HeaderRewritingProxy(String baseUrl) throws IOException {
		URI uri = URI.create(baseUrl);
		this.target = uri.getScheme() + "://" + uri.getAuthority();
		this.path = uri.getRawPath();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/", this::forward);
		this.server.start();
	}

	/** The base URL to give the client: the simulator's, on this proxy's port. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + this.path;
	}

	/** Every answer from now on carries these lines of the header instead of its own. */
	public HeaderRewritingProxy set(String header, String... values) {
		this.replaced.put(header.toLowerCase(), List.of(values));
		return this;
	}

	/** When each request arrived, in order. */
	public List<Long> arrivals() {
		return new ArrayList<>(this.arrivals);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void forward(HttpExchange exchange) throws IOException {
		this.arrivals.add(System.nanoTime());
		try (exchange) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create(this.target + exchange.getRequestURI().toString()))
				.method(exchange.getRequestMethod(), publisher(readAll(exchange)));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!OWN_HEADERS.contains(name.toLowerCase())) {
					values.forEach((value) -> request.header(name, value));
				}
			});
			HttpResponse<byte[]> answer = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			answer.headers().map().forEach((name, values) -> {
				String lower = name.toLowerCase();
				if (!OWN_HEADERS.contains(lower) && !this.replaced.containsKey(lower)) {
					exchange.getResponseHeaders().put(name, values);
				}
			});
			this.replaced.forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
			byte[] body = answer.body();
			exchange.sendResponseHeaders(answer.statusCode(), (body.length > 0) ? body.length : -1);
			if (body.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static HttpRequest.BodyPublisher publisher(byte[] body) {
		return (body.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody();
	}

	private static byte[] readAll(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return in.readAllBytes();
		}
	}

}
