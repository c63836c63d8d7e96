package io.rtkwarehouse.simulator;

import io.rtkwarehouse.simulator.ApiSimulator.App;
import io.rtkwarehouse.simulator.ApiSimulator.Numbers;
import io.rtkwarehouse.simulator.ApiSimulator.TimeFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSimulatorTests {

	private static final long MARCH_1 = 1_740_787_200L; // 2025-03-01T00:00:00Z

	private static final long MARCH_2 = MARCH_1 + 86_400;

	private static final String AUTH = "Bearer " + ApiSimulator.DEFAULT_TOKEN;

	private static final Numbers PINNED = new Numbers(7L, 12_957L, 233_226L);

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private ApiSimulator simulator;

	private ScriptedAnswers scripted;

	private String appId;

	@BeforeEach
	void start() {
		simulator = ApiSimulator.start(0);
		scripted = ScriptedAnswers.installOn(simulator);
		appId = simulator.apps().get(0).id();
	}

	@AfterEach
	void stop() {
		simulator.close();
	}

	@Test
	void answersAWindowInEpochSeconds() throws Exception {
		HttpResponse<String> response = get(overall(appId, MARCH_1, MARCH_2), AUTH);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
		assertThat(response.body()).isEqualTo(Bodies.successBody(ApiSimulator.numbers(appId, MARCH_1, MARCH_2)))
			.matches("\\{\"success\":true,\"data\":\\{\"count\":\\d,\"total_ingest_seconds\":\\d+,"
					+ "\"total_viewer_seconds\":\\d+}}");
		assertThat(simulator.stats().requests(appId, MARCH_1)).isEqualTo(1);
	}

	@Test
	void answersAWindowInIso8601WithEncodedColons() throws Exception {
		simulator.timeFormat(TimeFormat.ISO_8601);
		scripted.setNumbers(appId, MARCH_1, new Numbers(4L, 531L, 116L));

		HttpResponse<String> response = get(simulator.baseUrl() + "/accounts/" + ApiSimulator.DEFAULT_ACCOUNT
				+ "/realtime/kit/" + appId + "/analytics/livestreams/overall"
				+ "?start_time=2025-03-01T00%3A00%3A00Z&end_time=2025-03-02T00%3A00%3A00Z", AUTH);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(
				"{\"success\":true,\"data\":{\"count\":4,\"total_ingest_seconds\":531,\"total_viewer_seconds\":116}}");
		assertThat(simulator.stats().recorded()).last()
			.satisfies(request -> assertThat(request.query()).containsEntry("start_time", "2025-03-01T00:00:00Z"));
		assertThat(simulator.stats().requests(appId, MARCH_1)).isEqualTo(1);
	}

	@Test
	void rejectsEpochSecondsWhenIsoIsConfigured() throws Exception {
		simulator.timeFormat(TimeFormat.ISO_8601);

		HttpResponse<String> response = get(overall(appId, MARCH_1, MARCH_2), AUTH);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body())
			.startsWith("{\"success\":false,\"error\":{\"code\":400,\"message\":\"start_time must be an ISO 8601");
	}

	@Test
	void rejectsMissingOrWrongToken() throws Exception {
		String expected = "{\"success\":false,\"errors\":[{\"code\":10000,\"message\":\"Authentication error\"}],"
				+ "\"messages\":[],\"result\":null}";

		HttpResponse<String> missing = get(overall(appId, MARCH_1, MARCH_2), null);
		HttpResponse<String> wrong = get(overall(appId, MARCH_1, MARCH_2), "Bearer nope");

		assertThat(missing.statusCode()).isEqualTo(401);
		assertThat(missing.body()).isEqualTo(expected);
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).isEqualTo(expected);
	}

	@Test
	void rejectsUnknownAppAndAccount() throws Exception {
		String unknown = "00000000-0000-0000-0000-000000000000";

		HttpResponse<String> app = get(overall(unknown, MARCH_1, MARCH_2), AUTH);
		HttpResponse<String> account = get(
				overall(appId, MARCH_1, MARCH_2).replace(ApiSimulator.DEFAULT_ACCOUNT, "f".repeat(32)), AUTH);

		assertThat(app.statusCode()).isEqualTo(404);
		assertThat(app.body())
			.isEqualTo("{\"success\":false,\"error\":{\"code\":404,\"message\":\"App " + unknown + " not found\"}}");
		assertThat(account.statusCode()).isEqualTo(404);
		assertThat(account.body()).startsWith("{\"success\":false,\"errors\":[{\"code\":7003,");
	}

	@Test
	void rejectsBadOrMissingTimes() throws Exception {
		String base = overall(appId, MARCH_1, MARCH_2);
		String path = base.substring(0, base.indexOf('?'));

		HttpResponse<String> missingStart = get(path + "?end_time=" + MARCH_2, AUTH);
		HttpResponse<String> badStart = get(path + "?start_time=yesterday&end_time=" + MARCH_2, AUTH);
		HttpResponse<String> reversed = get(overall(appId, MARCH_2, MARCH_1), AUTH);

		assertThat(missingStart.statusCode()).isEqualTo(400);
		assertThat(missingStart.body()).isEqualTo(Bodies.errorBody(400, "start_time is required"));
		assertThat(badStart.statusCode()).isEqualTo(400);
		assertThat(badStart.body()).contains("start_time must be a Unix timestamp in seconds, got 'yesterday'");
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(reversed.body()).contains("end_time must be after start_time");
	}

	@Test
	void pagesThroughApps() throws Exception {
		List<App> apps = ApiSimulator.apps(7);
		simulator.apps(apps);

		List<String> ids = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			HttpResponse<String> response = get(appsUrl("?page_no=" + page + "&per_page=3"), AUTH);
			assertThat(response.statusCode()).isEqualTo(200);
			ids.addAll(all(response.body(), "\"id\":\"([^\"]+)\""));
			int start = (page - 1) * 3 + 1;
			int end = Math.min(page * 3, 7);
			assertThat(response.body())
				.endsWith("\"paging\":{\"start_offset\":" + start + ",\"end_offset\":" + end + ",\"total_count\":7}}");
		}
		HttpResponse<String> pastEnd = get(appsUrl("?page_no=4&per_page=3"), AUTH);

		assertThat(ids).containsExactlyElementsOf(apps.stream().map(App::id).toList());
		assertThat(pastEnd.body()).startsWith("{\"success\":true,\"data\":[],");
		assertThat(simulator.stats().appsRequests()).isEqualTo(4);
		assertThat(simulator.stats().recorded().get(0).query()).containsEntry("page_no", "1")
			.containsEntry("per_page", "3");
	}

	@Test
	void listsAppsWithDefaultPaging() throws Exception {
		HttpResponse<String> response = get(appsUrl(""), AUTH);

		App first = ApiSimulator.apps(1).get(0);
		assertThat(response.body()).startsWith("{\"success\":true,\"data\":[{\"id\":\"" + first.id()
				+ "\",\"name\":\"app-1\",\"created_at\":\"" + first.createdAt() + "\"},");
		assertThat(response.body()).endsWith("\"paging\":{\"start_offset\":1,\"end_offset\":3,\"total_count\":3}}");
	}

	@Test
	void scriptedWindowFailsNTimesThenSucceeds() throws Exception {
		String body = Bodies.errorsBody(10001, "Upstream unavailable");
		scripted.failWindow(appId, MARCH_1, 2, 503, body);

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = get(overall(appId, MARCH_1, MARCH_2), AUTH);
			statuses.add(response.statusCode());
			if (response.statusCode() == 503) {
				assertThat(response.body()).isEqualTo(body);
			}
		}
		HttpResponse<String> otherWindow = get(overall(appId, MARCH_2, MARCH_2 + 86_400), AUTH);

		assertThat(statuses).containsExactly(503, 503, 200);
		assertThat(otherWindow.statusCode()).isEqualTo(200);
		assertThat(simulator.stats().requests(appId, MARCH_1)).isEqualTo(3);
		assertThat(simulator.stats().responses(503)).isEqualTo(2);
	}

	@Test
	void failAllAnswersEveryRequestUntilCleared() throws Exception {
		scripted.failAll(500, Bodies.messageBody("boom"));

		assertThat(get(appsUrl(""), AUTH).statusCode()).isEqualTo(500);
		assertThat(get(overall(appId, MARCH_1, MARCH_2), AUTH).body()).isEqualTo("{\"message\":\"boom\"}");

		scripted.clearFaults();
		assertThat(get(overall(appId, MARCH_1, MARCH_2), AUTH).statusCode()).isEqualTo(200);
	}

	@Test
	void aHookIsAskedOnlyForValidRequestsAndItsTooManyRequestsCarryRetryAfter() throws Exception {
		List<String> asked = new CopyOnWriteArrayList<>();
		simulator.retryAfterSeconds(3).hook((app, start) -> {
			asked.add(app + "@" + start);
			return app == null ? null : Answer.of(429, "{}");
		});

		HttpResponse<String> hooked = get(overall(appId, MARCH_1, MARCH_2), AUTH);
		HttpResponse<String> reversed = get(overall(appId, MARCH_2, MARCH_1), AUTH);
		HttpResponse<String> listing = get(appsUrl(""), AUTH);

		assertThat(hooked.statusCode()).isEqualTo(429);
		assertThat(hooked.headers().firstValue("retry-after")).hasValue("3");
		assertThat(hooked.body()).isEqualTo("{}");
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(listing.statusCode()).isEqualTo(200);
		assertThat(asked).containsExactly(appId + "@" + MARCH_1, "null@null");
		assertThat(simulator.stats().tooManyRequestsSent()).isEqualTo(1);
	}

	@Test
	void numbersFromAHookStillMeetTheRandomFaults() throws Exception {
		Numbers hooked = new Numbers(1L, 2L, 3L);
		simulator.brokenBodyShare(1).hook((app, start) -> Answer.numbers(hooked));

		String body = get(overall(appId, MARCH_1, MARCH_2), AUTH).body();

		String whole = Bodies.successBody(hooked);
		assertThat(body).isEqualTo(whole.substring(0, whole.length() / 2));
	}

	@Test
	void rateLimitAnswers429WithRetryAfter() {
		simulator.rateLimit(5);

		List<HttpResponse<String>> responses = IntStream.range(0, 20)
			.mapToObj(i -> client.sendAsync(request(overall(appId, MARCH_1 + i * 86_400L, MARCH_2 + i * 86_400L), AUTH),
					HttpResponse.BodyHandlers.ofString()))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();

		List<HttpResponse<String>> limited = responses.stream().filter(r -> r.statusCode() == 429).toList();
		long ok = responses.stream().filter(r -> r.statusCode() == 200).count();
		assertThat(ok + limited.size()).isEqualTo(20);
		assertThat(ok).isBetween(5L, 10L);
		assertThat(limited).allSatisfy(r -> {
			assertThat(r.headers().firstValue("retry-after")).hasValue("1");
			assertThat(r.body()).isEqualTo("{\"success\":false,\"errors\":[{\"code\":971,\"message\":"
					+ "\"Please wait and consider throttling your request speed\"}],\"messages\":[],\"result\":null}");
		});
		assertThat(simulator.stats().tooManyRequestsSent()).isEqualTo(limited.size());
	}

	@Test
	void numbersAreDeterministicAndNonNegative() {
		assertThat(ApiSimulator.numbers("a", 0, 86_400)).isEqualTo(ApiSimulator.numbers("a", 0, 86_400));
		// Pinned so that a change to the function (which would change every benchmark's
		// expected totals) is a deliberate one.
		assertThat(ApiSimulator.numbers(appId, MARCH_1, MARCH_2)).isEqualTo(PINNED);

		List<Numbers> many = IntStream.range(0, 500)
			.mapToObj(day -> ApiSimulator.numbers(appId, MARCH_1 + day * 86_400L, MARCH_2 + day * 86_400L))
			.toList();
		assertThat(many).allSatisfy(n -> {
			assertThat(n.count()).isBetween(0L, 9L);
			assertThat(n.totalIngestSeconds()).isBetween(n.count() * 300, n.count() * 3600);
			assertThat(n.totalViewerSeconds()).isBetween(0L, n.totalIngestSeconds() * 20);
		});
		assertThat(many).extracting(Numbers::count).contains(0L, 9L);
	}

	@Test
	void omitsNullNumbersFromTheBody() throws Exception {
		scripted.setNumbers(appId, MARCH_1, new Numbers(3L, null, 7L));

		HttpResponse<String> response = get(overall(appId, MARCH_1, MARCH_2), AUTH);

		assertThat(response.body()).isEqualTo("{\"success\":true,\"data\":{\"count\":3,\"total_viewer_seconds\":7}}");
		scripted.clearOverrides();
		assertThat(get(overall(appId, MARCH_1, MARCH_2), AUTH).body()).contains("total_ingest_seconds");
	}

	@Test
	void unknownPathAndWrongMethod() throws Exception {
		HttpResponse<String> unknown = get(simulator.baseUrl() + "/accounts/x/nothing", AUTH);
		HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(overall(appId, MARCH_1, MARCH_2)))
			.header("Authorization", AUTH)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).isEqualTo("{\"message\":\"Not Found\"}");
		assertThat(post.statusCode()).isEqualTo(405);
	}

	@Test
	void sharesFollowTheSeed() throws Exception {
		simulator.seed(7).serverErrorShare(0.5);
		List<Integer> first = statuses(10);
		simulator.seed(7);
		List<Integer> second = statuses(10);

		assertThat(first).isEqualTo(second).contains(200).containsAnyOf(500, 502, 503);
	}

	@Test
	void brokenAndUnsuccessfulBodies() throws Exception {
		simulator.brokenBodyShare(1);
		String broken = get(overall(appId, MARCH_1, MARCH_2), AUTH).body();
		simulator.brokenBodyShare(0).unsuccessfulShare(1);
		HttpResponse<String> unsuccessful = get(overall(appId, MARCH_1, MARCH_2), AUTH);

		assertThat(broken).startsWith("{\"success\":true").doesNotEndWith("}}");
		assertThat(unsuccessful.statusCode()).isEqualTo(200);
		assertThat(unsuccessful.body())
			.isEqualTo("{\"success\":false,\"errors\":[{\"code\":1000,\"message\":\"Internal processing error\"}]}");
	}

	@Test
	void aHugeBodyIsTheAnswerPaddedToValidJsonOfExactlyTheSizeAsked() throws Exception {
		simulator.hugeBodyShare(1).hugeBodyBytes(3_000_000);

		HttpResponse<String> response = get(overall(appId, MARCH_1, MARCH_2), AUTH);

		String own = Bodies.successBody(ApiSimulator.numbers(appId, MARCH_1, MARCH_2));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValueAsLong("content-length")).hasValue(3_000_000);
		assertThat(response.body()).hasSize(3_000_000)
			.startsWith(own.substring(0, own.length() - 1) + ",\"padding\":\"xxx")
			.endsWith("xxx\"}");
		assertThat(JsonMapper.shared().readTree(response.body()).path("data").path("count").asLong())
			.isEqualTo(ApiSimulator.numbers(appId, MARCH_1, MARCH_2).count());
	}

	@Test
	void chunkedBodiesComeWithoutAContentLength() throws Exception {
		simulator.chunked(true);
		HttpResponse<String> plain = get(overall(appId, MARCH_1, MARCH_2), AUTH);
		simulator.hugeBodyShare(1).hugeBodyBytes(200_000);
		HttpResponse<String> huge = get(appsUrl(""), AUTH);

		assertThat(plain.headers().firstValue("content-length")).isEmpty();
		assertThat(plain.body()).isEqualTo(Bodies.successBody(ApiSimulator.numbers(appId, MARCH_1, MARCH_2)));
		assertThat(huge.headers().firstValue("content-length")).isEmpty();
		assertThat(huge.body()).hasSize(200_000).startsWith("{\"success\":true,\"data\":[{");
	}

	@Test
	void aTricklingBodySendsASpaceAtEveryIntervalThenTheAnswer() throws Exception {
		simulator.trickleShare(1).trickleFor(Duration.ofMillis(1200)).trickleEvery(Duration.ofMillis(200));
		long sent = System.nanoTime();

		HttpResponse<InputStream> response = client.send(request(overall(appId, MARCH_1, MARCH_2), AUTH),
				HttpResponse.BodyHandlers.ofInputStream());
		Duration headers = Duration.ofNanos(System.nanoTime() - sent);
		String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
		Duration whole = Duration.ofNanos(System.nanoTime() - sent);

		String own = Bodies.successBody(ApiSimulator.numbers(appId, MARCH_1, MARCH_2));
		assertThat(body).isEqualTo(" ".repeat(6) + own);
		assertThat(response.headers().firstValueAsLong("content-length")).hasValue(6 + own.length());
		assertThat(headers).isLessThan(Duration.ofMillis(1000));
		assertThat(whole).isGreaterThanOrEqualTo(Duration.ofMillis(1200));
	}

	@Test
	void aScriptedWindowCanBeAnsweredHugeOrTrickling() throws Exception {
		scripted.answerWindow(appId, MARCH_1, 1, Answer.hugeBody(10_000));
		HttpResponse<String> huge = get(overall(appId, MARCH_1, MARCH_2), AUTH);
		scripted.answerWindow(appId, MARCH_1, 1, Answer.trickling(Duration.ofMillis(300), Duration.ofMillis(100)));
		HttpResponse<String> trickled = get(overall(appId, MARCH_1, MARCH_2), AUTH);
		HttpResponse<String> own = get(overall(appId, MARCH_1, MARCH_2), AUTH);

		String body = Bodies.successBody(ApiSimulator.numbers(appId, MARCH_1, MARCH_2));
		assertThat(huge.body()).hasSize(10_000).startsWith(body.substring(0, body.length() - 1));
		assertThat(trickled.body()).isEqualTo("   " + body);
		assertThat(own.body()).isEqualTo(body);
	}

	@Test
	void tracksConcurrencyAndServesAdminEndpoints() throws Exception {
		simulator.latency(Duration.ofMillis(150));
		IntStream.range(0, 4)
			.mapToObj(i -> client.sendAsync(request(overall(appId, MARCH_1, MARCH_2), AUTH),
					HttpResponse.BodyHandlers.ofString()))
			.toList()
			.forEach(CompletableFuture::join);

		String stats = get("http://127.0.0.1:" + simulator.port() + "/__sim/stats", null).body();
		HttpResponse<String> reset = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator.port() + "/__sim/reset"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(stats).startsWith("{\"requests\":4,").contains("\"responses\":{\"200\":4}");
		assertThat(first(stats, "\"max_concurrent\":(\\d+)"))
			.satisfies(max -> assertThat(Integer.parseInt(max)).isGreaterThan(1));
		assertThat(reset.statusCode()).isEqualTo(200);
		assertThat(simulator.stats().requests()).isZero();
		assertThat(simulator.stats().recorded()).isEmpty();
	}

	@Test
	void sequentialRequestsAreNeverSeenConcurrent() throws Exception {
		statuses(5);

		assertThat(simulator.stats().maxConcurrent()).isEqualTo(1);
		assertThat(simulator.stats().inFlight()).isZero();
	}

	@Test
	void livestreamDaywiseServesOverallsNumbersPerUtcDayExceptOnTheDaysSetToDisagree() throws Exception {
		scripted.setNumbers(appId, MARCH_2, PINNED);
		simulator.daywise().disagreeOn(Set.of(LocalDate.of(2025, 3, 3)));

		String body = get(kit(appId) + "/analytics/livestreams/daywise?start_time=" + MARCH_1 + "&end_time="
				+ (MARCH_1 + 3 * 86_400), AUTH)
			.body();

		Numbers first = ApiSimulator.numbers(appId, MARCH_1, MARCH_2);
		Numbers third = ApiSimulator.numbers(appId, MARCH_2 + 86_400, MARCH_2 + 2 * 86_400);
		assertThat(body).isEqualTo("{\"success\":true,\"data\":[" + day("2025-03-01", first) + ","
				+ day("2025-03-02", PINNED) + ","
				+ day("2025-03-03",
						new Numbers(third.count(), third.totalIngestSeconds() + 60, third.totalViewerSeconds() + 600))
				+ "]}");
		assertThat(simulator.stats().livestreamDaywiseRequests()).isEqualTo(1);
		assertThat(simulator.stats().overallRequests()).isZero();
	}

	@Test
	void livestreamDaywiseAnswersNullSecondsOnTheDaysSetToBeUnknown() throws Exception {
		simulator.daywise().unknownOn(Set.of(LocalDate.of(2025, 3, 2)));

		String body = get(kit(appId) + "/analytics/livestreams/daywise?start_time=" + MARCH_1 + "&end_time="
				+ (MARCH_1 + 2 * 86_400), AUTH)
			.body();

		Numbers second = ApiSimulator.numbers(appId, MARCH_2, MARCH_2 + 86_400);
		assertThat(body).contains("{\"date\":\"2025-03-02\",\"count\":" + second.count()
				+ ",\"total_ingest_seconds\":null,\"total_viewer_seconds\":null}");
		assertThat(body).contains(day("2025-03-01", ApiSimulator.numbers(appId, MARCH_1, MARCH_2)));
	}

	@Test
	void usageDaywiseServesFractionalMinutesPerDateAndLeavesOutTheDaysSetToBeOmitted() throws Exception {
		simulator.daywise().omitUsageDays(Set.of(LocalDate.of(2025, 3, 2)));

		HttpResponse<String> response = get(kit(appId) + "/analytics/daywise?start_date=2025-03-01&end_date=2025-03-03",
				AUTH);
		HttpResponse<String> bad = get(kit(appId) + "/analytics/daywise?start_date=03/01/2025", AUTH);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(all(response.body(), "\"day\":\"([0-9-]+)\"")).containsExactly("2025-03-01", "2025-03-03",
				"2025-03-01", "2025-03-03");
		Daywise.Usage usage = Daywise.usage(appId, LocalDate.of(2025, 3, 3));
		assertThat(response.body()).contains("{\"day\":\"2025-03-03\",\"total_sessions\":" + usage.sessions()
				+ ",\"total_session_minutes\":" + usage.sessionMinutes().toPlainString() + "}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("start_date must be a date in YYYY-MM-DD format");
		assertThat(simulator.stats().usageRequests()).isEqualTo(2);
		assertThat(simulator.stats().json()).contains("\"usage_requests\":2");
	}

	private String kit(String app) {
		return simulator.baseUrl() + "/accounts/" + ApiSimulator.DEFAULT_ACCOUNT + "/realtime/kit/" + app;
	}

	private static String day(String date, Numbers numbers) {
		return "{\"date\":\"" + date + "\",\"count\":" + numbers.count() + ",\"total_ingest_seconds\":"
				+ numbers.totalIngestSeconds() + ",\"total_viewer_seconds\":" + numbers.totalViewerSeconds() + "}";
	}

	// ---------------------------------------------------------------- helpers

	private List<Integer> statuses(int n) throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			statuses.add(get(overall(appId, MARCH_1, MARCH_2), AUTH).statusCode());
		}
		return statuses;
	}

	private String overall(String app, long start, long end) {
		return simulator.baseUrl() + "/accounts/" + ApiSimulator.DEFAULT_ACCOUNT + "/realtime/kit/" + app
				+ "/analytics/livestreams/overall?start_time=" + start + "&end_time=" + end;
	}

	private String appsUrl(String query) {
		return simulator.baseUrl() + "/accounts/" + ApiSimulator.DEFAULT_ACCOUNT + "/realtime/kit/apps" + query;
	}

	private HttpRequest request(String url, String authorization) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET();
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder.build();
	}

	private HttpResponse<String> get(String url, String authorization) throws Exception {
		return client.send(request(url, authorization), HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> all(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static String first(String text, String regex) {
		List<String> found = all(text, regex);
		assertThat(found).isNotEmpty();
		return found.get(0);
	}

}
