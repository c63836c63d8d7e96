package io.rtkwarehouse.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A fake of the Cloudflare RealtimeKit API (the livestream "overall" analytics endpoint
 * and the apps listing), served over real HTTP on 127.0.0.1 so that clients are exercised
 * end to end.
 *
 * <p>
 * Depends on nothing but the JDK so it can run inside tests and as a standalone process
 * ({@link SimulatorMain}). Every setter is thread-safe and takes effect for the next
 * request.
 *
 * <p>
 * Request pipeline, in order: admin paths ({@code /__sim/...}, no auth), routing (404),
 * method (405), auth (401), account (404), rate limit (429), {@link #failAll}, then per
 * endpoint: validation (404 unknown app, 400 bad parameters), {@link #failWindow}
 * (overall only), random faults drawn from the shares, and finally the answer.
 * {@link #latency} is added before every response of the API paths.
 */
public final class ApiSimulator implements AutoCloseable {

	public static final String DEFAULT_TOKEN = "test-token";

	public static final String DEFAULT_ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";

	public static final long DEFAULT_SEED = 1L;

	public static final int MAX_RECORDED = 10_000;

	private static final String API_PREFIX = "/client/v4";

	private static final String ADMIN_PREFIX = "/__sim/";

	private static final int THREADS = 128;

	private static final int BACKLOG = 1024;

	private static final Instant FIRST_APP_CREATED = Instant.parse("2024-01-01T00:00:00Z");

	private static final String AUTH_FAILED = errorsBody(10000, "Authentication error");

	private static final String TOO_MANY_REQUESTS = errorsBody(971,
			"Please wait and consider throttling your request speed");

	private static final String UNSUCCESSFUL = "{\"success\":false,\"errors\":[{\"code\":1000,\"message\":\"Internal processing error\"}]}";

	private static final int[] SERVER_ERROR_STATUSES = { 500, 502, 503 };

	static {
		// The JDK server writes headers and body in separate packets; with Nagle on, a
		// client's
		// delayed ACK can stall every response by tens of milliseconds. Only read when
		// the first
		// HttpServer is created, so respect an explicit setting.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	public enum TimeFormat {

		EPOCH_SECONDS, ISO_8601

	}

	public record App(String id, String name, String createdAt) {
		public App {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(createdAt, "createdAt");
		}
	}

	/**
	 * Numbers of one window; a null field is left out of the JSON, as the real API may
	 * do.
	 */
	public record Numbers(Long count, Long totalIngestSeconds, Long totalViewerSeconds) {
	}

	public record RecordedRequest(String method, String path, Map<String, String> query, String authorization) {
	}

	private final HttpServer server;

	private final ThreadPoolExecutor executor;

	private final AtomicBoolean closed = new AtomicBoolean();

	private volatile String token = DEFAULT_TOKEN;

	private volatile String account = DEFAULT_ACCOUNT;

	private volatile AppCatalog catalog = new AppCatalog(apps(3));

	private volatile TimeFormat timeFormat = TimeFormat.EPOCH_SECONDS;

	private volatile Duration latency = Duration.ZERO;

	private volatile double serverErrorShare;

	private volatile double tooManyRequestsShare;

	private volatile int retryAfterSeconds = 1;

	private volatile double brokenBodyShare;

	private volatile double unsuccessfulShare;

	private volatile double slowShare;

	private volatile Duration slowDelay = Duration.ofSeconds(2);

	private final Object randomLock = new Object();

	private Random random = new Random(DEFAULT_SEED);

	private final RateLimiter rateLimiter = new RateLimiter();

	private final ConcurrentHashMap<Window, ScriptedFault> windowFaults = new ConcurrentHashMap<>();

	private volatile ScriptedFault allFault;

	private final ConcurrentHashMap<Window, Numbers> overrides = new ConcurrentHashMap<>();

	private final LongAdder requests = new LongAdder();

	private final LongAdder appsRequests = new LongAdder();

	private final LongAdder tooManyRequestsSent = new LongAdder();

	private final ConcurrentHashMap<Window, LongAdder> windowRequests = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<Integer, LongAdder> statusCounts = new ConcurrentHashMap<>();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger maxConcurrent = new AtomicInteger();

	private final ArrayDeque<RecordedRequest> recorded = new ArrayDeque<>();

	private ApiSimulator(int port) throws IOException {
		executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				daemonThreads());
		executor.allowCoreThreadTimeOut(true);
		server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), BACKLOG);
		server.setExecutor(executor);
		server.createContext("/", this::handle);
		server.start();
	}

	/** Starts a simulator on 127.0.0.1; port 0 picks a free port. */
	public static ApiSimulator start(int port) {
		try {
			return new ApiSimulator(port);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot start the API simulator on port " + port, e);
		}
	}

	public static ApiSimulator start() {
		return start(0);
	}

	public int port() {
		return server.getAddress().getPort();
	}

	/**
	 * The base URL a client should use, like
	 * {@code https://api.cloudflare.com/client/v4}.
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + port() + API_PREFIX;
	}

	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			server.stop(0);
			executor.shutdownNow();
		}
	}

	// ---------------------------------------------------------------- configuration

	public ApiSimulator token(String token) {
		this.token = Objects.requireNonNull(token, "token");
		return this;
	}

	public ApiSimulator account(String account) {
		this.account = Objects.requireNonNull(account, "account");
		return this;
	}

	public ApiSimulator apps(List<App> apps) {
		this.catalog = new AppCatalog(List.copyOf(apps));
		return this;
	}

	/** The apps currently served, in listing order. */
	public List<App> apps() {
		return catalog.list();
	}

	public ApiSimulator timeFormat(TimeFormat format) {
		this.timeFormat = Objects.requireNonNull(format, "format");
		return this;
	}

	public ApiSimulator latency(Duration latency) {
		this.latency = nonNegative(latency, "latency");
		return this;
	}

	public ApiSimulator serverErrorShare(double share) {
		this.serverErrorShare = share(share, "serverErrorShare");
		return this;
	}

	public ApiSimulator tooManyRequestsShare(double share) {
		this.tooManyRequestsShare = share(share, "tooManyRequestsShare");
		return this;
	}

	/** Value of the retry-after header sent with every 429; 0 sends none. */
	public ApiSimulator retryAfterSeconds(int seconds) {
		if (seconds < 0) {
			throw new IllegalArgumentException("retryAfterSeconds must be >= 0, got " + seconds);
		}
		this.retryAfterSeconds = seconds;
		return this;
	}

	/**
	 * Accepts at most this many requests per second (0 = no limit), counted over a
	 * sliding window. A fractional limit below 1 allows one request per 1/limit seconds;
	 * above 1 it allows floor(limit) requests per floor(limit)/limit seconds.
	 */
	public ApiSimulator rateLimit(double requestsPerSecond) {
		if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond)) {
			throw new IllegalArgumentException("rateLimit must be a finite number >= 0, got " + requestsPerSecond);
		}
		rateLimiter.rate(requestsPerSecond);
		return this;
	}

	public ApiSimulator brokenBodyShare(double share) {
		this.brokenBodyShare = share(share, "brokenBodyShare");
		return this;
	}

	public ApiSimulator unsuccessfulShare(double share) {
		this.unsuccessfulShare = share(share, "unsuccessfulShare");
		return this;
	}

	public ApiSimulator slowShare(double share) {
		this.slowShare = share(share, "slowShare");
		return this;
	}

	public ApiSimulator slowDelay(Duration delay) {
		this.slowDelay = nonNegative(delay, "slowDelay");
		return this;
	}

	/** Restarts the random sequence that decides the shares. */
	public ApiSimulator seed(long seed) {
		synchronized (randomLock) {
			random = new Random(seed);
		}
		return this;
	}

	/**
	 * The next {@code times} overall requests for this app and window start get this
	 * answer ({@link Integer#MAX_VALUE} = always). Replaces an earlier script for the
	 * same window.
	 */
	public ApiSimulator failWindow(String appId, long startEpochSecond, int times, int status, String body) {
		if (times < 0) {
			throw new IllegalArgumentException("times must be >= 0, got " + times);
		}
		windowFaults.put(new Window(appId, startEpochSecond), new ScriptedFault(status, body, times));
		return this;
	}

	/** Every API request that passes auth, account and rate limit gets this answer. */
	public ApiSimulator failAll(int status, String body) {
		this.allFault = new ScriptedFault(status, body, Integer.MAX_VALUE);
		return this;
	}

	public ApiSimulator clearFaults() {
		windowFaults.clear();
		allFault = null;
		return this;
	}

	/** Replaces the numbers of the window starting at this instant, whatever its end. */
	public ApiSimulator setNumbers(String appId, long startEpochSecond, Numbers numbers) {
		overrides.put(new Window(appId, startEpochSecond), Objects.requireNonNull(numbers, "numbers"));
		return this;
	}

	public ApiSimulator clearOverrides() {
		overrides.clear();
		return this;
	}

	// ---------------------------------------------------------------- stats

	/** All API requests received (admin paths excluded), whatever their answer. */
	public long requests() {
		return requests.sum();
	}

	/** Overall requests received for this app and window start, whatever their answer. */
	public long requests(String appId, long startEpochSecond) {
		LongAdder adder = windowRequests.get(new Window(appId, startEpochSecond));
		return adder == null ? 0 : adder.sum();
	}

	public long tooManyRequestsSent() {
		return tooManyRequestsSent.sum();
	}

	public long appsRequests() {
		return appsRequests.sum();
	}

	/** Responses sent with this status (counted just before sending). */
	public long responses(int status) {
		LongAdder adder = statusCounts.get(status);
		return adder == null ? 0 : adder.sum();
	}

	/** The most recent requests (at most {@value #MAX_RECORDED}), oldest first. */
	public List<RecordedRequest> recorded() {
		synchronized (recorded) {
			return List.copyOf(recorded);
		}
	}

	public int maxConcurrent() {
		return maxConcurrent.get();
	}

	public int inFlight() {
		return inFlight.get();
	}

	public void resetStats() {
		requests.reset();
		appsRequests.reset();
		tooManyRequestsSent.reset();
		windowRequests.clear();
		statusCounts.clear();
		maxConcurrent.set(0);
		synchronized (recorded) {
			recorded.clear();
		}
	}

	public String statsJson() {
		StringBuilder json = new StringBuilder(256).append("{\"requests\":")
			.append(requests())
			.append(",\"apps_requests\":")
			.append(appsRequests())
			.append(",\"too_many_requests_sent\":")
			.append(tooManyRequestsSent())
			.append(",\"windows_requested\":")
			.append(windowRequests.size())
			.append(",\"in_flight\":")
			.append(inFlight())
			.append(",\"max_concurrent\":")
			.append(maxConcurrent())
			.append(",\"responses\":{");
		String separator = "";
		for (Map.Entry<Integer, LongAdder> entry : new TreeMap<>(statusCounts).entrySet()) {
			json.append(separator).append('"').append(entry.getKey()).append("\":").append(entry.getValue().sum());
			separator = ",";
		}
		return json.append("}}").toString();
	}

	// ---------------------------------------------------------------- bodies and data

	/** Cloudflare v4 envelope, used by the gateway (auth, rate limit). */
	public static String errorsBody(int code, String message) {
		return "{\"success\":false,\"errors\":[{\"code\":" + code + ",\"message\":" + quote(message)
				+ "}],\"messages\":[],\"result\":null}";
	}

	/** RealtimeKit's own error shape. */
	public static String errorBody(int code, String message) {
		return "{\"success\":false,\"error\":{\"code\":" + code + ",\"message\":" + quote(message) + "}}";
	}

	/** The bare shape some errors come in. */
	public static String messageBody(String message) {
		return "{\"message\":" + quote(message) + "}";
	}

	/** The 200 body of the overall endpoint; null numbers are omitted. */
	public static String successBody(Numbers numbers) {
		StringBuilder json = new StringBuilder(96).append("{\"success\":true,\"data\":{");
		String separator = "";
		if (numbers.count() != null) {
			json.append("\"count\":").append(numbers.count());
			separator = ",";
		}
		if (numbers.totalIngestSeconds() != null) {
			json.append(separator).append("\"total_ingest_seconds\":").append(numbers.totalIngestSeconds());
			separator = ",";
		}
		if (numbers.totalViewerSeconds() != null) {
			json.append(separator).append("\"total_viewer_seconds\":").append(numbers.totalViewerSeconds());
		}
		return json.append("}}").toString();
	}

	/** {@code n} apps named app-1..app-n with ids stable across runs and JVMs. */
	public static List<App> apps(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must be >= 0, got " + n);
		}
		List<App> apps = new ArrayList<>(n);
		for (int i = 1; i <= n; i++) {
			String name = "app-" + i;
			String id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
			apps.add(new App(id, name, FIRST_APP_CREATED.plus(Duration.ofDays(i - 1L)).toString()));
		}
		return List.copyOf(apps);
	}

	/**
	 * The numbers served for a window unless overridden: a pure function of its
	 * arguments, so tests and benchmarks can compute the expected values. Count is 0..9
	 * so empty days occur.
	 */
	public static Numbers numbers(String appId, long startEpochSecond, long endEpochSecond) {
		long h = 0x6A09E667F3BCC909L;
		for (byte b : appId.getBytes(StandardCharsets.UTF_8)) {
			h = mix(h ^ (b & 0xFF));
		}
		h = mix(h ^ startEpochSecond);
		h = mix(h ^ endEpochSecond);
		long count = Math.floorMod(h, 10L);
		h = mix(h);
		long ingestPerStream = 300 + Math.floorMod(h, 3301L);
		h = mix(h);
		long viewersPerIngestSecond = Math.floorMod(h, 21L);
		long ingest = count * ingestPerStream;
		return new Numbers(count, ingest, ingest * viewersPerIngestSecond);
	}

	/** SplitMix64's step and finaliser: explicit, so values do not depend on the JVM. */
	private static long mix(long z) {
		z += 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	// ---------------------------------------------------------------- HTTP handling

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
			trySend(exchange, new Reply(500, messageBody("Simulator failure: " + e)));
		}
		finally {
			exchange.close();
		}
	}

	private void handleApi(HttpExchange exchange, String path) throws IOException, InterruptedException {
		maxConcurrent.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
		Reply reply;
		try {
			Request request = new Request(exchange.getRequestMethod(), path,
					parseQuery(exchange.getRequestURI().getRawQuery()),
					exchange.getRequestHeaders().getFirst("Authorization"), Route.of(path));
			count(request);
			reply = answer(request);
			sleep(latency.plus(reply.delay()));
		}
		finally {
			// Left before the answer goes out, so a client that waits for its answer
			// before
			// sending again can never be seen with more requests in flight than it really
			// has.
			inFlight.decrementAndGet();
		}
		send(exchange, reply, true);
	}

	private Reply admin(HttpExchange exchange, String path) throws IOException {
		exchange.getRequestBody().readAllBytes();
		String method = exchange.getRequestMethod();
		return switch (path) {
			case "/__sim/stats" -> "GET".equals(method) ? new Reply(200, statsJson()) : notAllowed("GET");
			case "/__sim/reset" -> {
				if (!"POST".equals(method)) {
					yield notAllowed("POST");
				}
				resetStats();
				yield new Reply(200, "{\"success\":true}");
			}
			default -> new Reply(404, messageBody("Not Found"));
		};
	}

	private void count(Request request) {
		requests.increment();
		record(new RecordedRequest(request.method(), request.path(), request.query(), request.authorization()));
		if (request.route().kind() == RouteKind.APPS) {
			appsRequests.increment();
		}
		else if (request.route().kind() == RouteKind.OVERALL) {
			Long start = parseAnyTime(request.query().get("start_time"), timeFormat);
			if (start != null) {
				windowRequests.computeIfAbsent(new Window(request.route().appId(), start), k -> new LongAdder())
					.increment();
			}
		}
	}

	private void record(RecordedRequest request) {
		synchronized (recorded) {
			if (recorded.size() == MAX_RECORDED) {
				recorded.removeFirst();
			}
			recorded.addLast(request);
		}
	}

	private Reply answer(Request request) {
		Route route = request.route();
		if (route.kind() == RouteKind.UNKNOWN) {
			return new Reply(404, messageBody("Not Found"));
		}
		if (!"GET".equals(request.method())) {
			return notAllowed("GET");
		}
		if (!("Bearer " + token).equals(request.authorization())) {
			return new Reply(401, AUTH_FAILED);
		}
		if (!account.equals(route.account())) {
			return new Reply(404, errorsBody(7003, "Could not route to " + request.path().substring(API_PREFIX.length())
					+ ", perhaps your object identifier is invalid?"));
		}
		if (!rateLimiter.tryAcquire(System.nanoTime())) {
			return tooManyRequests();
		}
		ScriptedFault all = allFault;
		if (all != null) {
			return scripted(all);
		}
		try {
			return route.kind() == RouteKind.APPS ? answerApps(request.query()) : answerOverall(request);
		}
		catch (BadRequest e) {
			return new Reply(400, errorBody(400, e.getMessage()));
		}
	}

	private Reply answerOverall(Request request) {
		String appId = request.route().appId();
		if (!catalog.ids().contains(appId)) {
			return new Reply(404, errorBody(404, "App " + appId + " not found"));
		}
		TimeFormat format = timeFormat;
		long start = parseTime("start_time", request.query().get("start_time"), format);
		long end = parseTime("end_time", request.query().get("end_time"), format);
		if (start >= end) {
			throw new BadRequest("end_time must be after start_time");
		}
		Window window = new Window(appId, start);
		ScriptedFault fault = windowFaults.get(window);
		if (fault != null && fault.take()) {
			return scripted(fault);
		}
		Numbers override = overrides.get(window);
		return withRandomFaults(successBody(override != null ? override : numbers(appId, start, end)));
	}

	private Reply answerApps(Map<String, String> query) {
		long page = positiveNumber(query, "page_no", 1);
		long perPage = positiveNumber(query, "per_page", 20);
		List<App> apps = selectApps(query.get("search"), query.get("sort_order"));
		long total = apps.size();
		long from = Math.min((page - 1) * perPage, total);
		long to = Math.min(from + perPage, total);
		StringBuilder json = new StringBuilder(64 + 128 * (int) (to - from)).append("{\"success\":true,\"data\":[");
		for (int i = (int) from; i < to; i++) {
			App app = apps.get(i);
			json.append(i == from ? "" : ",")
				.append("{\"id\":")
				.append(quote(app.id()))
				.append(",\"name\":")
				.append(quote(app.name()))
				.append(",\"created_at\":")
				.append(quote(app.createdAt()))
				.append('}');
		}
		// Offsets are 1-based; an empty page past the end has end_offset = start_offset -
		// 1.
		json.append("],\"paging\":{\"start_offset\":")
			.append((page - 1) * perPage + 1)
			.append(",\"end_offset\":")
			.append(to == from ? (page - 1) * perPage : to)
			.append(",\"total_count\":")
			.append(total)
			.append("}}");
		return withRandomFaults(json.toString());
	}

	private List<App> selectApps(String search, String sortOrder) {
		List<App> apps = catalog.list();
		if (search != null && !search.isEmpty()) {
			String needle = search.toLowerCase(Locale.ROOT);
			apps = apps.stream().filter(app -> app.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
		}
		if (sortOrder == null) {
			return apps;
		}
		Comparator<App> byCreation = Comparator.comparing(App::createdAt);
		return switch (sortOrder.toUpperCase(Locale.ROOT)) {
			case "ASC" -> apps.stream().sorted(byCreation).toList();
			case "DESC" -> apps.stream().sorted(byCreation.reversed()).toList();
			default -> throw new BadRequest("sort_order must be ASC or DESC, got '" + sortOrder + "'");
		};
	}

	/** Decides with one draw which (if any) random fault this answer suffers. */
	private Reply withRandomFaults(String body) {
		double u;
		double v;
		synchronized (randomLock) {
			u = random.nextDouble();
			v = random.nextDouble();
		}
		double bound = tooManyRequestsShare;
		if (u < bound) {
			return tooManyRequests();
		}
		if (u < (bound += serverErrorShare)) {
			int status = SERVER_ERROR_STATUSES[(int) (v * SERVER_ERROR_STATUSES.length)];
			return new Reply(status, errorsBody(status, reasonPhrase(status)));
		}
		if (u < (bound += unsuccessfulShare)) {
			return new Reply(200, UNSUCCESSFUL);
		}
		if (u < (bound += brokenBodyShare)) {
			return new Reply(200, body.substring(0, body.length() / 2));
		}
		if (u < bound + slowShare) {
			return new Reply(200, body, Map.of(), slowDelay);
		}
		return new Reply(200, body);
	}

	private Reply tooManyRequests() {
		return new Reply(429, TOO_MANY_REQUESTS, retryAfterHeader(), Duration.ZERO);
	}

	private Reply scripted(ScriptedFault fault) {
		Map<String, String> headers = fault.status() == 429 ? retryAfterHeader() : Map.of();
		return new Reply(fault.status(), fault.body(), headers, Duration.ZERO);
	}

	private Map<String, String> retryAfterHeader() {
		int seconds = retryAfterSeconds;
		return seconds > 0 ? Map.of("retry-after", Integer.toString(seconds)) : Map.of();
	}

	private static Reply notAllowed(String allowed) {
		return new Reply(405, messageBody("Method Not Allowed"), Map.of("Allow", allowed), Duration.ZERO);
	}

	private static String reasonPhrase(int status) {
		return switch (status) {
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			default -> "Error " + status;
		};
	}

	private void send(HttpExchange exchange, Reply reply, boolean api) throws IOException {
		byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		reply.headers().forEach(exchange.getResponseHeaders()::set);
		if (api) {
			// Counted before sending so a caller that has its answer always sees it
			// counted.
			statusCounts.computeIfAbsent(reply.status(), k -> new LongAdder()).increment();
			if (reply.status() == 429) {
				tooManyRequestsSent.increment();
			}
		}
		boolean withBody = bytes.length > 0 && !"HEAD".equals(exchange.getRequestMethod());
		exchange.sendResponseHeaders(reply.status(), withBody ? bytes.length : -1);
		if (withBody) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
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
	}

	private static void sleep(Duration duration) throws InterruptedException {
		if (!duration.isZero()) {
			TimeUnit.NANOSECONDS.sleep(duration.toNanos());
		}
	}

	// ---------------------------------------------------------------- parsing

	private static Map<String, String> parseQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return Map.of();
		}
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq));
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
			query.putIfAbsent(name, value);
		}
		return Collections.unmodifiableMap(query);
	}

	private static String decode(String raw) {
		try {
			return URLDecoder.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return raw; // malformed %-escape: keep it, validation will name the parameter
		}
	}

	private static long parseTime(String name, String raw, TimeFormat format) {
		if (raw == null || raw.isBlank()) {
			throw new BadRequest(name + " is required");
		}
		try {
			return switch (format) {
				case EPOCH_SECONDS -> Long.parseLong(raw);
				case ISO_8601 -> Instant.from(DateTimeFormatter.ISO_INSTANT.parse(raw)).getEpochSecond();
			};
		}
		catch (NumberFormatException | DateTimeParseException e) {
			throw new BadRequest(switch (format) {
				case EPOCH_SECONDS -> name + " must be a Unix timestamp in seconds, got '" + raw + "'";
				case ISO_8601 -> name + " must be an ISO 8601 date-time like 2025-03-01T00:00:00Z, got '" + raw + "'";
			});
		}
	}

	/** For stats only: the window a request asked for, whichever format it used. */
	private static Long parseAnyTime(String raw, TimeFormat preferred) {
		if (raw == null) {
			return null;
		}
		TimeFormat other = preferred == TimeFormat.EPOCH_SECONDS ? TimeFormat.ISO_8601 : TimeFormat.EPOCH_SECONDS;
		for (TimeFormat format : List.of(preferred, other)) {
			try {
				return parseTime("start_time", raw, format);
			}
			catch (BadRequest ignored) {
				// try the other format
			}
		}
		return null;
	}

	private static long positiveNumber(Map<String, String> query, String name, long fallback) {
		String raw = query.get(name);
		if (raw == null) {
			return fallback;
		}
		try {
			long value = Long.parseLong(raw);
			if (value >= 1 && value <= Integer.MAX_VALUE) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new BadRequest(name + " must be a positive integer, got '" + raw + "'");
	}

	private static String quote(String text) {
		StringBuilder json = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

	private static double share(double share, String name) {
		if (!(share >= 0 && share <= 1)) {
			throw new IllegalArgumentException(name + " must be between 0 and 1, got " + share);
		}
		return share;
	}

	private static Duration nonNegative(Duration duration, String name) {
		if (duration == null || duration.isNegative()) {
			throw new IllegalArgumentException(name + " must be a non-negative duration, got " + duration);
		}
		return duration;
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger counter = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, "api-simulator-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	// ---------------------------------------------------------------- small types

	private enum RouteKind {

		APPS, OVERALL, UNKNOWN

	}

	private record Route(RouteKind kind, String account, String appId) {

		private static final Route UNKNOWN = new Route(RouteKind.UNKNOWN, null, null);

		/**
		 * Matches {@code /client/v4/accounts/{a}/realtime/kit/apps} and
		 * {@code .../kit/{app}/analytics/livestreams/overall}.
		 */
		static Route of(String path) {
			String[] parts = path.split("/", -1);
			boolean kit = parts.length >= 8 && parts[0].isEmpty() && "client".equals(parts[1]) && "v4".equals(parts[2])
					&& "accounts".equals(parts[3]) && "realtime".equals(parts[5]) && "kit".equals(parts[6]);
			if (kit && parts.length == 8 && "apps".equals(parts[7])) {
				return new Route(RouteKind.APPS, parts[4], null);
			}
			if (kit && parts.length == 11 && "analytics".equals(parts[8]) && "livestreams".equals(parts[9])
					&& "overall".equals(parts[10]) && !parts[7].isEmpty()) {
				return new Route(RouteKind.OVERALL, parts[4], parts[7]);
			}
			return UNKNOWN;
		}
	}

	private record Request(String method, String path, Map<String, String> query, String authorization, Route route) {
	}

	private record Reply(int status, String body, Map<String, String> headers, Duration delay) {
		Reply(int status, String body) {
			this(status, body, Map.of(), Duration.ZERO);
		}
	}

	private record Window(String appId, long startEpochSecond) {
	}

	private record AppCatalog(List<App> list, Set<String> ids) {
		AppCatalog(List<App> list) {
			this(list, idsOf(list));
		}

		private static Set<String> idsOf(List<App> list) {
			Set<String> ids = new HashSet<>();
			list.forEach(app -> ids.add(app.id()));
			return Set.copyOf(ids);
		}
	}

	private static final class ScriptedFault {

		private final int status;

		private final String body;

		private final AtomicInteger remaining; // null = unlimited

		ScriptedFault(int status, String body, int times) {
			if (status < 100 || status > 599) {
				throw new IllegalArgumentException("status must be a valid HTTP status, got " + status);
			}
			this.status = status;
			this.body = body == null ? "" : body;
			this.remaining = times == Integer.MAX_VALUE ? null : new AtomicInteger(times);
		}

		int status() {
			return status;
		}

		String body() {
			return body;
		}

		boolean take() {
			return remaining == null || remaining.getAndUpdate(r -> r > 0 ? r - 1 : 0) > 0;
		}

	}

	/** Sliding-window log of accepted requests. */
	private static final class RateLimiter {

		private final ArrayDeque<Long> accepted = new ArrayDeque<>();

		private double rate;

		synchronized void rate(double requestsPerSecond) {
			rate = requestsPerSecond;
			if (requestsPerSecond == 0) {
				accepted.clear();
			}
		}

		synchronized boolean tryAcquire(long nowNanos) {
			if (rate == 0) {
				return true;
			}
			int permits = (int) Math.max(1, Math.floor(rate));
			long windowNanos = (long) (permits / rate * 1e9);
			while (!accepted.isEmpty() && nowNanos - accepted.peekFirst() >= windowNanos) {
				accepted.pollFirst();
			}
			if (accepted.size() >= permits) {
				return false;
			}
			accepted.addLast(nowNanos);
			return true;
		}

	}

	private static final class BadRequest extends RuntimeException {

		private static final long serialVersionUID = 1L;

		BadRequest(String message) {
			super(message, null, false, false);
		}

	}

}
