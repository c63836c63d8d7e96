package io.rtkwarehouse.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP side on 127.0.0.1: hands API requests to {@link Routes} and counts them in
 * {@link Stats}, serves the admin paths ({@code /__sim/...}, no auth), adds the latency,
 * and sends the API's answers with a Content-Length or, when chunked, without.
 */
final class SimulatorServer implements AutoCloseable {

	private static final String ADMIN_PREFIX = "/__sim/";

	private static final int THREADS = 128;

	private static final int BACKLOG = 1024;

	static {
		// The JDK server writes headers and body in separate packets; with Nagle on, a
		// client's delayed ACK can stall every response by tens of milliseconds. Only
		// read
		// when the first HttpServer is created, so respect an explicit setting.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final HttpServer server;

	private final ThreadPoolExecutor executor;

	private final AtomicBoolean closed = new AtomicBoolean();

	private final Routes routes;

	private final Stats stats;

	private volatile Duration latency = Duration.ZERO;

	private volatile boolean chunked;

	/** Serves on 127.0.0.1 from now on; port 0 picks a free port. */
	SimulatorServer(int port, Routes routes, Stats stats) {
		this.routes = routes;
		this.stats = stats;
		executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				daemonThreads());
		executor.allowCoreThreadTimeOut(true);
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), BACKLOG);
		}
		catch (IOException e) {
			executor.shutdownNow();
			throw new UncheckedIOException("cannot start the API simulator on port " + port, e);
		}
		server.setExecutor(executor);
		server.createContext("/", this::handle);
		server.start();
	}

	int port() {
		return server.getAddress().getPort();
	}

	/** Added before every response of the API paths. */
	void latency(Duration latency) {
		this.latency = Faults.nonNegative(latency, "latency");
	}

	/** Sends the API paths' bodies chunked, without a Content-Length. */
	void chunked(boolean chunked) {
		this.chunked = chunked;
	}

	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			server.stop(0);
			executor.shutdownNow();
		}
	}

	private void handle(HttpExchange exchange) {
		try {
			String path = exchange.getRequestURI().getPath();
			if (path.startsWith(ADMIN_PREFIX)) {
				send(exchange, admin(exchange, path), false);
			}
			else {
				handleApi(exchange, path);
			}
		}
		catch (IOException e) {
			// The client went away (e.g. its read timeout fired during a slow answer).
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			trySend(exchange, new Reply(500, Bodies.messageBody("Simulator failure: " + e)));
		}
		finally {
			exchange.close();
		}
	}

	private void handleApi(HttpExchange exchange, String path) throws IOException, InterruptedException {
		stats.entered();
		Reply reply;
		try {
			Request request = Request.of(exchange, path);
			stats.received(request, routes.timeFormat());
			reply = routes.answer(request);
			sleep(latency.plus(reply.delay()));
		}
		finally {
			// Left before the answer goes out, so a client that waits for its answer
			// before
			// sending again can never be seen with more requests in flight than it really
			// has.
			stats.left();
		}
		send(exchange, reply, true);
	}

	private Reply admin(HttpExchange exchange, String path) throws IOException {
		exchange.getRequestBody().readAllBytes();
		String method = exchange.getRequestMethod();
		return switch (path) {
			case "/__sim/stats" -> "GET".equals(method) ? new Reply(200, stats.json()) : Reply.notAllowed("GET");
			case "/__sim/reset" -> {
				if (!"POST".equals(method)) {
					yield Reply.notAllowed("POST");
				}
				stats.reset();
				yield new Reply(200, "{\"success\":true}");
			}
			default -> Reply.notFound();
		};
	}

	private void send(HttpExchange exchange, Reply reply, boolean api) throws IOException, InterruptedException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		reply.headers().forEach(exchange.getResponseHeaders()::set);
		if (api) {
			// Counted before sending so a caller that has its answer always sees it
			// counted.
			stats.sent(reply.status());
		}
		long length = reply.body().length();
		boolean withBody = length > 0 && !"HEAD".equals(exchange.getRequestMethod());
		// For the JDK's server, 0 means chunked and -1 no body.
		exchange.sendResponseHeaders(reply.status(), !withBody ? -1 : (api && chunked) ? 0 : length);
		if (withBody) {
			try (OutputStream out = exchange.getResponseBody()) {
				reply.body().writeTo(out);
			}
		}
	}

	private void trySend(HttpExchange exchange, Reply reply) {
		try {
			send(exchange, reply, false);
		}
		catch (IOException | RuntimeException ignored) {
			// Headers were probably sent already; closing the exchange is all that is
			// left.
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(Duration duration) throws InterruptedException {
		if (!duration.isZero()) {
			TimeUnit.NANOSECONDS.sleep(duration.toNanos());
		}
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger counter = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, "api-simulator-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
