package io.rtkwarehouse.simulator;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.rtkwarehouse.simulator.ApiSimulator.RecordedRequest;
import io.rtkwarehouse.simulator.ApiSimulator.TimeFormat;

/**
 * What the simulator has seen of its API paths: requests by endpoint and window,
 * responses by status, concurrency, and the most recent requests. Read through
 * {@link ApiSimulator#stats()}; {@code GET /__sim/stats} serves {@link #json()}.
 */
public final class Stats {

	static final int MAX_RECORDED = 10_000;

	private final LongAdder requests = new LongAdder();

	private final LongAdder appsRequests = new LongAdder();

	private final ConcurrentHashMap<Route.Kind, LongAdder> endpointRequests = new ConcurrentHashMap<>();

	private final LongAdder tooManyRequestsSent = new LongAdder();

	private final ConcurrentHashMap<Window, LongAdder> windowRequests = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<Integer, LongAdder> statusCounts = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, LongAdder> byAccountAndAuthorization = new ConcurrentHashMap<>();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger maxConcurrent = new AtomicInteger();

	private final ArrayDeque<RecordedRequest> recorded = new ArrayDeque<>();

	private final CloudflareQuota quota;

	private final RangeCounts ranges = new RangeCounts();

	Stats(CloudflareQuota quota) {
		this.quota = quota;
	}

	RangeCounts rangeCounts() {
		return ranges;
	}

	private record Window(String appId, long startEpochSecond) {
	}

	void entered() {
		maxConcurrent.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
	}

	void left() {
		inFlight.decrementAndGet();
	}

	/** Counts a request whatever its answer; its window is read in either format. */
	void received(Request request, TimeFormat timeFormat) {
		requests.increment();
		endpointRequests.computeIfAbsent(request.route().kind(), k -> new LongAdder()).increment();
		if (request.route().account() != null) {
			byAccountAndAuthorization
				.computeIfAbsent(request.route().account() + " " + request.authorization(), k -> new LongAdder())
				.increment();
		}
		record(new RecordedRequest(request.method(), request.path(), request.query(), request.authorization()));
		if (request.route().kind() == Route.Kind.APPS) {
			appsRequests.increment();
		}
		else if (request.route().kind() == Route.Kind.OVERALL) {
			Long start = QueryParams.anyTime(request.query().get("start_time"), timeFormat);
			if (start != null) {
				windowRequests.computeIfAbsent(new Window(request.route().appId(), start), k -> new LongAdder())
					.increment();
			}
		}
	}

	void sent(int status) {
		statusCounts.computeIfAbsent(status, k -> new LongAdder()).increment();
		if (status == 429) {
			tooManyRequestsSent.increment();
		}
	}

	/** All API requests received, whatever their answer. */
	public long requests() {
		return requests.sum();
	}

	/** Overall requests received for this app and window start, whatever their answer. */
	public long requests(String appId, long startEpochSecond) {
		LongAdder adder = windowRequests.get(new Window(appId, startEpochSecond));
		return adder == null ? 0 : adder.sum();
	}

	/** Requests of the overall endpoint, whatever their answer. */
	public long overallRequests() {
		return endpoint(Route.Kind.OVERALL);
	}

	/** Requests of the livestream daywise endpoint, whatever their answer. */
	public long livestreamDaywiseRequests() {
		return endpoint(Route.Kind.LIVESTREAM_DAYWISE);
	}

	/** Requests of the usage daywise endpoint, whatever their answer. */
	public long usageRequests() {
		return endpoint(Route.Kind.USAGE_DAYWISE);
	}

	private long endpoint(Route.Kind kind) {
		LongAdder adder = endpointRequests.get(kind);
		return adder == null ? 0 : adder.sum();
	}

	/**
	 * Requests to the paths of {@code account} that carried {@code token}
	 * ({@code Authorization: Bearer <token>}), whatever their answer.
	 */
	public long requestsWith(String account, String token) {
		LongAdder adder = byAccountAndAuthorization.get(account + " Bearer " + token);
		return adder == null ? 0 : adder.sum();
	}

	/**
	 * Requests to the paths of {@code account}, whatever they carried and their answer.
	 */
	public long accountRequests(String account) {
		String prefix = account + " ";
		return byAccountAndAuthorization.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(prefix))
			.mapToLong(e -> e.getValue().sum())
			.sum();
	}

	/** Answers that this rule of {@link ApiSimulator#rules()} changed. */
	public long ranges(RangeRules.Outcome outcome) {
		return ranges.get(outcome);
	}

	public long appsRequests() {
		return appsRequests.sum();
	}

	public long tooManyRequestsSent() {
		return tooManyRequestsSent.sum();
	}

	/** Responses sent with this status (counted just before sending). */
	public long responses(int status) {
		LongAdder adder = statusCounts.get(status);
		return adder == null ? 0 : adder.sum();
	}

	/**
	 * The most recent requests (at most {@value #MAX_RECORDED}), oldest first.
	 */
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

	/** Clears every count and the recorded requests. */
	public void reset() {
		requests.reset();
		appsRequests.reset();
		endpointRequests.clear();
		tooManyRequestsSent.reset();
		windowRequests.clear();
		byAccountAndAuthorization.clear();
		statusCounts.clear();
		maxConcurrent.set(0);
		quota.resetCounters();
		ranges.reset();
		synchronized (recorded) {
			recorded.clear();
		}
	}

	public String json() {
		StringBuilder json = new StringBuilder(256).append("{\"requests\":")
			.append(requests())
			.append(",\"apps_requests\":")
			.append(appsRequests())
			.append(",\"overall_requests\":")
			.append(overallRequests())
			.append(",\"livestream_daywise_requests\":")
			.append(livestreamDaywiseRequests())
			.append(",\"usage_requests\":")
			.append(usageRequests())
			.append(",\"too_many_requests_sent\":")
			.append(tooManyRequestsSent())
			.append(",\"windows_requested\":")
			.append(windowRequests.size())
			.append(",\"in_flight\":")
			.append(inFlight())
			.append(",\"max_concurrent\":")
			.append(maxConcurrent())
			.append(",\"neighbour_requests\":")
			.append(quota.neighbourRequests())
			.append(",\"neighbour_too_many_requests\":")
			.append(quota.neighbourRefused())
			.append(",\"quota_windows\":")
			.append(quota.windowsJson())
			.append(",\"ranges\":")
			.append(ranges.json())
			.append(",\"responses\":{");
		String separator = "";
		for (Map.Entry<Integer, LongAdder> entry : new TreeMap<>(statusCounts).entrySet()) {
			json.append(separator).append('"').append(entry.getKey()).append("\":").append(entry.getValue().sum());
			separator = ",";
		}
		return json.append("}}").toString();
	}

	private void record(RecordedRequest request) {
		synchronized (recorded) {
			if (recorded.size() == MAX_RECORDED) {
				recorded.removeFirst();
			}
			recorded.addLast(request);
		}
	}

}
