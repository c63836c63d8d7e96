package io.rtkwarehouse.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fake of the Cloudflare RealtimeKit API (the livestream "overall" and "daywise"
 * analytics endpoints, the usage "daywise" endpoint and the apps listing, behind
 * Cloudflare's {@link #quota()}), served over real HTTP on 127.0.0.1 so that clients are
 * exercised end to end; JDK only, to run inside tests and as a process
 * ({@link SimulatorCommand}). Setters are thread-safe and act on the next request;
 * {@link SimulatorServer} and {@link Routes} answer requests in their order.
 */
public final class ApiSimulator implements AutoCloseable {

	public static final String DEFAULT_TOKEN = "test-token";

	public static final String DEFAULT_ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";

	public static final long DEFAULT_SEED = 1L;

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

	/** A window's numbers; a null one is left out of the JSON, as the real API may do. */
	public record Numbers(Long count, Long totalIngestSeconds, Long totalViewerSeconds) {
	}

	public record RecordedRequest(String method, String path, Map<String, String> query, String authorization) {
	}

	private final Faults faults = new Faults();

	private final CloudflareQuota quota = new CloudflareQuota();

	private final Daywise daywise = new Daywise();

	private final Stats stats = new Stats(quota);

	private final Routes routes = new Routes(faults, quota, daywise, stats.rangeCounts());

	private final SimulatorServer server;

	private ApiSimulator(int port) {
		server = new SimulatorServer(port, routes, stats);
	}

	/** Starts a simulator on 127.0.0.1; port 0 picks a free port. */
	public static ApiSimulator start(int port) {
		return new ApiSimulator(port);
	}

	public static ApiSimulator start() {
		return start(0);
	}

	public int port() {
		return server.port();
	}

	/** The client's base URL, like {@code https://api.cloudflare.com/client/v4}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port() + Route.API_PREFIX;
	}

	@Override
	public void close() {
		server.close();
	}

	public ApiSimulator token(String token) {
		routes.token(token);
		return this;
	}

	/** Several accounts, each with its token (id to token; null: back to one account). */
	public ApiSimulator accounts(Map<String, String> tokenByAccount) {
		routes.accounts(tokenByAccount);
		return this;
	}

	/** The quota of one token, its own (the other tokens share {@link #quota()}). */
	public CloudflareQuota quota(String token) {
		return routes.quota(token);
	}

	public ApiSimulator account(String account) {
		routes.account(account);
		return this;
	}

	public ApiSimulator apps(List<App> apps) {
		routes.apps(apps);
		return this;
	}

	/** The apps currently served, in listing order. */
	public List<App> apps() {
		return routes.apps();
	}

	public ApiSimulator timeFormat(TimeFormat format) {
		routes.timeFormat(format);
		return this;
	}

	public ApiSimulator latency(Duration latency) {
		server.latency(latency);
		return this;
	}

	public ApiSimulator serverErrorShare(double share) {
		faults.serverErrorShare(share);
		return this;
	}

	public ApiSimulator tooManyRequestsShare(double share) {
		faults.tooManyRequestsShare(share);
		return this;
	}

	/** Value of the retry-after header sent with every 429; 0 sends none. */
	public ApiSimulator retryAfterSeconds(int seconds) {
		faults.retryAfterSeconds(seconds);
		return this;
	}

	/**
	 * At most this many requests per second (0 = no limit) over a sliding window of
	 * floor(limit)/limit seconds (1/limit below 1).
	 */
	public ApiSimulator rateLimit(double requestsPerSecond) {
		routes.rateLimit(requestsPerSecond);
		return this;
	}

	/** Cloudflare's quota of the token, and the neighbour that shares it. */
	public CloudflareQuota quota() {
		return quota;
	}

	public ApiSimulator brokenBodyShare(double share) {
		faults.brokenBodyShare(share);
		return this;
	}

	public ApiSimulator unsuccessfulShare(double share) {
		faults.unsuccessfulShare(share);
		return this;
	}

	public ApiSimulator slowShare(double share) {
		faults.slowShare(share);
		return this;
	}

	public ApiSimulator slowDelay(Duration delay) {
		faults.slowDelay(delay);
		return this;
	}

	/** Share of 200s padded to {@link #hugeBodyBytes} of valid JSON, streamed. */
	public ApiSimulator hugeBodyShare(double share) {
		faults.hugeBodyShare(share);
		return this;
	}

	/** Size of huge bodies; default 50 MB. */
	public ApiSimulator hugeBodyBytes(long bytes) {
		faults.hugeBodyBytes(bytes);
		return this;
	}

	/** Share of 200s sent a space every {@link #trickleEvery}, body last. */
	public ApiSimulator trickleShare(double share) {
		faults.trickleShare(share);
		return this;
	}

	/** How long a trickling body takes; default 30 s. */
	public ApiSimulator trickleFor(Duration total) {
		faults.trickleFor(total);
		return this;
	}

	/** How often a trickling body sends a byte; default 500 ms. */
	public ApiSimulator trickleEvery(Duration every) {
		faults.trickleEvery(every);
		return this;
	}

	/** Sends every body of the API paths chunked, without a Content-Length. */
	public ApiSimulator chunked(boolean chunked) {
		server.chunked(chunked);
		return this;
	}

	/** What the apps did: made-up numbers, or a history ({@link ActivityMix}). */
	public Activity activity() {
		return routes.activity();
	}

	/** How the API reads a range: retention, longest range, unreadable times, lies. */
	public RangeRules rules() {
		return routes.rules();
	}

	/** The day-by-day endpoints' knobs: days that disagree, dates left out. */
	public Daywise daywise() {
		return daywise;
	}

	/** Restarts the random sequence that decides the shares. */
	public ApiSimulator seed(long seed) {
		faults.seed(seed);
		return this;
	}

	/** Lets this hook answer requests before their endpoint does; null removes it. */
	public ApiSimulator hook(AnswerHook hook) {
		routes.hook(hook);
		return this;
	}

	/** What it has seen of its API paths: requests, responses, concurrency. */
	public Stats stats() {
		return stats;
	}

	/**
	 * {@code n} apps named app-1..app-n with ids stable across runs and JVMs, created a
	 * day apart from 2020-01-01 ({@link Activity#apps} spreads them otherwise).
	 */
	public static List<App> apps(int n) {
		return SampleData.apps(n);
	}

	/**
	 * The numbers served for a window without a mix or a hook, the same in every JVM;
	 * count 0..9, so empty days occur.
	 */
	public static Numbers numbers(String appId, long startEpochSecond, long endEpochSecond) {
		return SampleData.numbers(appId, startEpochSecond, endEpochSecond);
	}

}
