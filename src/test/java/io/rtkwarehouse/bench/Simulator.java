package io.rtkwarehouse.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.rtkwarehouse.ChildJvm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's API simulator in a process of its own ({@code java -jar rtk-warehouse.jar
 * simulator}), one per scenario, seen only through its command line, the API it serves
 * and its {@code /__sim/stats} and {@code /__sim/reset} endpoints.
 */
final class Simulator implements AutoCloseable {

	static final String TOKEN = "bench-token";

	static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";

	private static final String LISTENING = "simulator listening on ";

	/**
	 * Apps created before every range a scenario loads, unless its options say when: no
	 * day before an app's creation is asked, and the simulator's default creation dates
	 * (2024-01-01 on) come after the scenarios' ranges.
	 */
	private static final List<String> CREATED_BEFORE_THE_RANGES = List.of("--created-from=2020-01-01",
			"--created-to=2020-01-01");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChildJvm process;

	private final String baseUrl;

	private final HttpClient http = HttpClient.newHttpClient();

	private Simulator(ChildJvm process, String baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	/**
	 * Starts it on a free loopback port with these options and warms it up. Its stdin is
	 * a pipe from this JVM, so that it never outlives the benchmark.
	 */
	static Simulator start(Path log, List<String> options) throws Broken, IOException, InterruptedException {
		List<String> args = new ArrayList<>(
				List.of("simulator", "--port=0", "--token=" + TOKEN, "--account=" + ACCOUNT, "--until-stdin-closes"));
		args.addAll(options);
		if (options.stream().noneMatch((option) -> option.startsWith("--created-from="))) {
			args.addAll(CREATED_BEFORE_THE_RANGES);
		}
		ChildJvm process = ChildJvm.start(List.of("-Xmx1g"), Map.of(), args, log, true);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			String first = Files.readString(log).lines().findFirst().orElse("");
			if (first.startsWith(LISTENING)) {
				Simulator simulator = new Simulator(process, first.substring(LISTENING.length()).trim());
				if (options.stream().noneMatch(Simulator::setsAQuota)) {
					simulator.warmUp();
				}
				return simulator;
			}
			Thread.sleep(200);
		}
		process.killHard();
		throw new Broken("simulator (see " + log + ")");
	}

	/**
	 * A quota would refuse a warm-up's 3,000 requests and block the token: a simulator
	 * with one starts cold (at a few requests per second its warm-up matters little).
	 */
	private static boolean setsAQuota(String option) {
		return option.startsWith("--quota=") && !option.equals("--quota=0");
	}

	String baseUrl() {
		return this.baseUrl;
	}

	long pid() {
		return this.process.pid();
	}

	SimStats stats() throws IOException, InterruptedException {
		JsonNode stats = JSON.readTree(send(admin("stats").GET()));
		List<long[]> windows = new ArrayList<>();
		stats.path("quota_windows")
			.forEach((window) -> windows
				.add(new long[] { window.path(0).asLong(), window.path(1).asLong(), window.path(2).asLong() }));
		return new SimStats(stats.path("requests").asLong(), stats.path("apps_requests").asLong(),
				stats.path("too_many_requests_sent").asLong(), stats.path("neighbour_requests").asLong(),
				stats.path("neighbour_too_many_requests").asLong(), List.copyOf(windows));
	}

	/** The UTC day each served app was created on, by app id. */
	Map<String, LocalDate> createdDays() throws IOException, InterruptedException {
		Map<String, LocalDate> created = new LinkedHashMap<>();
		for (int page = 1;; page++) {
			JsonNode apps = JSON
				.readTree(send(api("/accounts/" + ACCOUNT + "/realtime/kit/apps?per_page=100&page_no=" + page)))
				.path("data");
			if (apps.isEmpty()) {
				return created;
			}
			apps.forEach((app) -> created.put(app.path("id").asString(),
					LocalDate.ofInstant(Instant.parse(app.path("created_at").asString()), ZoneOffset.UTC)));
		}
	}

	void reset() throws IOException, InterruptedException {
		send(admin("reset").POST(HttpRequest.BodyPublishers.noBody()));
	}

	/**
	 * It stands in for a remote API that is always warm: before a scenario it answers
	 * 3,000 requests (windows of 2020, outside every measured range), so that its own JIT
	 * warm-up is not charged to the run. Its counters are reset afterwards.
	 */
	private void warmUp() throws IOException, InterruptedException {
		List<String> apps = new ArrayList<>();
		JSON.readTree(send(api("/accounts/" + ACCOUNT + "/realtime/kit/apps")))
			.path("data")
			.forEach((app) -> apps.add(app.path("id").asString()));
		List<String> ids = apps.subList(0, Math.min(8, apps.size()));
		ExecutorService clients = Executors.newFixedThreadPool(32);
		for (int i = 0; i < 3000 && !ids.isEmpty(); i++) {
			long start = 1577836800L + 86400L * (i % 366);
			HttpRequest.Builder request = api("/accounts/" + ACCOUNT + "/realtime/kit/" + ids.get(i % ids.size())
					+ "/analytics/livestreams/overall?start_time=" + start + "&end_time=" + (start + 86400));
			clients.execute(() -> {
				try {
					send(request);
				}
				catch (IOException ex) {
					// a warm-up request that fails warms all the same
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
		}
		clients.shutdown();
		clients.awaitTermination(180, TimeUnit.SECONDS);
		Thread.sleep(2000);
		reset();
	}

	private HttpRequest.Builder api(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", "Bearer " + TOKEN)
			.timeout(Duration.ofSeconds(10));
	}

	private HttpRequest.Builder admin(String endpoint) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl.replaceFirst("/client/v4$", "") + "/__sim/" + endpoint))
			.timeout(Duration.ofSeconds(5));
	}

	private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	/** Closes its stdin, which stops it; kills it if it has not stopped 10 s later. */
	@Override
	public void close() throws IOException, InterruptedException {
		this.process.closeStdin();
		if (!this.process.waitFor(Duration.ofSeconds(10))) {
			this.process.killHard();
		}
	}

	/**
	 * The counters of {@code /__sim/stats} that the benchmark reads; with a quota, the
	 * accepted requests of each quota window as {@code [window, ours, neighbour's]}.
	 */
	record SimStats(long requests, long appsRequests, long tooManyRequestsSent, long neighbourRequests,
			long neighbourTooManyRequests, List<long[]> quotaWindows) {

		/** Requests for a window's numbers: all requests but those that list the apps. */
		long windowRequests() {
			return this.requests - this.appsRequests;
		}

	}

}
