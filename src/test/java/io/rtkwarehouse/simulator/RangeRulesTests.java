package io.rtkwarehouse.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import io.rtkwarehouse.simulator.ActivityMix.Kind;
import io.rtkwarehouse.simulator.ApiSimulator.App;
import io.rtkwarehouse.simulator.ApiSimulator.Numbers;
import io.rtkwarehouse.simulator.ApiSimulator.TimeFormat;
import io.rtkwarehouse.simulator.RangeRules.Outcome;
import io.rtkwarehouse.simulator.RangeRules.UnreadableTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The history and the range rules as a client meets them, over HTTP. */
class RangeRulesTests {

	private static final long DAY = 86_400;

	private static final long MARCH_1 = 1_740_787_200L; // 2025-03-01T00:00:00Z

	private static final Numbers NONE = new Numbers(0L, 0L, 0L);

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final List<App> apps = Activity.apps(8, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1));

	private ApiSimulator simulator;

	private String daily;

	@BeforeEach
	void start() {
		simulator = ApiSimulator.start(0).apps(apps);
		simulator.activity()
			.clock(Clock.fixed(ActivityTests.NOW, ZoneOffset.UTC))
			.mix(new ActivityMix(0.25, 0.25, 0.5));
		daily = apps.stream()
			.map(App::id)
			.filter(app -> simulator.activity().kind(app) == Kind.DAILY)
			.findFirst()
			.orElseThrow();
	}

	@AfterEach
	void stop() {
		simulator.close();
	}

	@Test
	void overallOfASpanIsTheSumOfItsDaysAndDaywiseAgreesWithEachDay() throws Exception {
		List<Long> days = LongStream.rangeClosed(0, 10).mapToObj(i -> MARCH_1 - 19_800 + i * DAY).toList(); // +05:30

		Numbers span = numbers(get(overall(daily, days.get(0), days.get(10))).body());
		List<Numbers> each = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			each.add(numbers(get(overall(daily, days.get(i), days.get(i + 1))).body()));
		}
		JsonNode daywise = ActivityTests.json(get(kit(daily) + "/analytics/livestreams/daywise?start_time=" + MARCH_1
				+ "&end_time=" + (MARCH_1 + 3 * DAY))
			.body());

		assertThat(span.count()).isPositive();
		assertThat(ActivityTests.sum(days, start -> end -> each.get(days.indexOf(start)))).isEqualTo(span);
		assertThat(daywise.path("data")).hasSize(3);
		for (int i = 0; i < 3; i++) {
			assertThat(numbers(daywise.path("data").get(i)))
				.isEqualTo(numbers(get(overall(daily, MARCH_1 + i * DAY, MARCH_1 + (i + 1) * DAY)).body()));
		}
	}

	@Test
	void usageDaywiseHasSessionsOnlyOnTheDaysAnAppIsActive() throws Exception {
		String idle = apps.stream()
			.map(App::id)
			.filter(app -> simulator.activity().kind(app) == Kind.IDLE)
			.findFirst()
			.orElseThrow();

		String body = get(kit(idle) + "/analytics/daywise?start_date=2025-03-01&end_date=2025-03-07").body();
		JsonNode usage = ActivityTests.json(body);

		assertThat(usage.path("data").path("session_stats").path("day_stats")).hasSize(7)
			.allSatisfy(day -> assertThat(day.path("total_sessions").asLong()).isZero());
		assertThat(body).contains("\"sessions_count\":0,\"sessions_minutes_consumed\":0.00}");
	}

	@Test
	void lyingSpansAnswerZerosForWindowsLongerThanADay() throws Exception {
		simulator.rules().spansLie(true);

		Numbers day = numbers(get(overall(daily, MARCH_1, MARCH_1 + DAY)).body());
		Numbers hours = numbers(get(overall(daily, MARCH_1, MARCH_1 + 12 * 3600)).body());
		Numbers twoDays = numbers(get(overall(daily, MARCH_1, MARCH_1 + 2 * DAY)).body());
		String daywise = get(kit(daily) + "/analytics/livestreams/daywise?start_time=" + MARCH_1 + "&end_time="
				+ (MARCH_1 + 2 * DAY))
			.body();

		assertThat(day.count()).isPositive();
		assertThat(hours).isEqualTo(simulator.activity().totals(daily, MARCH_1, MARCH_1 + 12 * 3600));
		assertThat(twoDays).isEqualTo(NONE);
		assertThat(ActivityTests.json(daywise).path("data").get(0).path("count").asLong()).isEqualTo(day.count());
		assertThat(simulator.stats().ranges(Outcome.SPAN_ZEROED)).isEqualTo(1);
	}

	@Test
	void retentionZeroesWindowsThatStartBeforeItsHorizonWithA200() throws Exception {
		simulator.rules().retention(Duration.ofDays(30));
		long horizon = ActivityTests.NOW.getEpochSecond() - 30 * DAY;
		long lastErased = Math.floorDiv(horizon, DAY) * DAY;

		HttpResponse<String> old = get(overall(daily, MARCH_1, MARCH_1 + DAY));
		Numbers straddling = numbers(get(overall(daily, lastErased, lastErased + 2 * DAY)).body());
		Numbers kept = numbers(get(overall(daily, lastErased + DAY, lastErased + 2 * DAY)).body());
		JsonNode daywise = ActivityTests.json(get(kit(daily) + "/analytics/livestreams/daywise?start_time=" + lastErased
				+ "&end_time=" + (lastErased + 2 * DAY))
			.body());
		String usage = get(kit(daily) + "/analytics/daywise?start_date=2025-03-01&end_date=2025-03-01").body();

		assertThat(old.statusCode()).isEqualTo(200);
		assertThat(numbers(old.body())).isEqualTo(NONE);
		assertThat(straddling).isEqualTo(NONE);
		assertThat(kept.count()).isPositive();
		assertThat(numbers(daywise.path("data").get(0))).isEqualTo(NONE);
		assertThat(numbers(daywise.path("data").get(1))).isEqualTo(kept);
		assertThat(usage).contains("\"total_sessions\":0,");
		assertThat(simulator.stats().ranges(Outcome.ERASED)).isEqualTo(4);
	}

	@Test
	void ignoringTheRangeAnswersAllTimeTotalsForAnyWindow() throws Exception {
		simulator.rules().ignoreRange(true);

		Numbers march = numbers(get(overall(daily, MARCH_1, MARCH_1 + DAY)).body());
		Numbers before = numbers(get(overall(daily, 0, 1)).body());
		JsonNode daywise = ActivityTests.json(get(
				kit(daily) + "/analytics/livestreams/daywise?start_time=" + MARCH_1 + "&end_time=" + (MARCH_1 + DAY))
			.body());

		Numbers allTime = simulator.activity().allTime(daily);
		assertThat(march).isEqualTo(allTime).isEqualTo(before);
		assertThat(allTime.count()).isGreaterThan(100);
		assertThat(daywise.path("data").get(0).path("date").asString()).isEqualTo(created(daily).toString());
		assertThat(daywise.path("data").get(daywise.path("data").size() - 1).path("date").asString())
			.isEqualTo("2025-07-01");
		assertThat(simulator.stats().ranges(Outcome.RANGE_IGNORED)).isEqualTo(3);
	}

	@Test
	void withoutAMixAllTimeIsTheSumOfTheMadeUpDaysSinceCreation() throws Exception {
		simulator.activity().mix(null);
		simulator.rules().ignoreRange(true);

		Numbers answered = numbers(get(overall(daily, MARCH_1, MARCH_1 + DAY)).body());

		long first = created(daily).toEpochDay() * DAY;
		List<Long> days = LongStream
			.iterate(first, day -> day <= ActivityTests.NOW.getEpochSecond() + DAY, day -> day + DAY)
			.boxed()
			.toList();
		assertThat(answered)
			.isEqualTo(ActivityTests.sum(days, start -> end -> ApiSimulator.numbers(daily, start, end)));
	}

	@Test
	void aTimeInTheOtherFormatIsRefusedOrIgnored() throws Exception {
		simulator.timeFormat(TimeFormat.ISO_8601);
		String epoch = overall(daily, MARCH_1, MARCH_1 + DAY);
		String missing = kit(daily) + "/analytics/livestreams/overall?start_time=2025-03-01T00:00:00Z";

		HttpResponse<String> refused = get(epoch);
		simulator.rules().unreadableTime(UnreadableTime.IGNORE);
		HttpResponse<String> ignored = get(epoch);
		HttpResponse<String> stillRequired = get(missing);
		HttpResponse<String> iso = get(kit(daily)
				+ "/analytics/livestreams/overall?start_time=2025-03-01T00:00:00Z&end_time=2025-03-02T00:00:00Z");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).isEqualTo(Bodies.errorBody(400,
				"start_time must be an ISO 8601 date-time like 2025-03-01T00:00:00Z, got '" + MARCH_1 + "'"));
		assertThat(ignored.statusCode()).isEqualTo(200);
		assertThat(numbers(ignored.body())).isEqualTo(simulator.activity().allTime(daily));
		assertThat(stillRequired.statusCode()).isEqualTo(400);
		assertThat(stillRequired.body()).contains("end_time is required");
		assertThat(numbers(iso.body())).isEqualTo(simulator.activity().totals(daily, MARCH_1, MARCH_1 + DAY));
		assertThat(simulator.stats().ranges(Outcome.UNREADABLE_REFUSED)).isEqualTo(1);
		assertThat(simulator.stats().ranges(Outcome.UNREADABLE_IGNORED)).isEqualTo(1);
	}

	@Test
	void rangesLongerThanTheLongestAreRefusedWithA400() throws Exception {
		simulator.rules().maxRange(Duration.ofDays(31));

		HttpResponse<String> month = get(overall(daily, MARCH_1, MARCH_1 + 31 * DAY));
		HttpResponse<String> longer = get(overall(daily, MARCH_1, MARCH_1 + 31 * DAY + 1));
		HttpResponse<String> daywise = get(kit(daily) + "/analytics/livestreams/daywise?start_time=" + MARCH_1
				+ "&end_time=" + (MARCH_1 + 32 * DAY));
		HttpResponse<String> usageMonth = get(
				kit(daily) + "/analytics/daywise?start_date=2025-03-01&end_date=2025-03-31");
		HttpResponse<String> usageLonger = get(
				kit(daily) + "/analytics/daywise?start_date=2025-03-01&end_date=2025-04-01");

		assertThat(month.statusCode()).isEqualTo(200);
		assertThat(longer.statusCode()).isEqualTo(400);
		assertThat(longer.body())
			.isEqualTo(Bodies.errorBody(400, "the range from start_time to end_time must not be longer than 31 days"));
		assertThat(daywise.statusCode()).isEqualTo(400);
		assertThat(usageMonth.statusCode()).isEqualTo(200);
		assertThat(usageLonger.statusCode()).isEqualTo(400);
		assertThat(usageLonger.body()).contains("start_date to end_date must not be longer than 31 days");
		assertThat(simulator.stats().ranges(Outcome.TOO_LONG_REFUSED)).isEqualTo(3);
	}

	@Test
	void theStatsCountWhatTheRulesChangedUntilReset() throws Exception {
		simulator.rules().spansLie(true).retention(Duration.ofDays(365));
		get(overall(daily, MARCH_1, MARCH_1 + 2 * DAY));

		String stats = get("http://127.0.0.1:" + simulator.port() + "/__sim/stats").body();
		simulator.stats().reset();

		assertThat(stats).contains("\"ranges\":{\"too_long_refused\":0,\"unreadable_refused\":0,"
				+ "\"unreadable_ignored\":0,\"range_ignored\":0,\"erased\":0,\"span_zeroed\":1}");
		assertThat(simulator.stats().ranges(Outcome.SPAN_ZEROED)).isZero();
	}

	@Test
	void theRulesRefuseNegativeLengths() {
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.rules().retention(Duration.ofDays(-1)))
			.withMessageContaining("retention");
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.rules().maxRange(Duration.ofDays(-1)))
			.withMessageContaining("maxRange");
	}

	private LocalDate created(String appId) {
		return LocalDate.ofInstant(Instant.parse(
				simulator.apps().stream().filter(app -> app.id().equals(appId)).findFirst().orElseThrow().createdAt()),
				ZoneOffset.UTC);
	}

	private static Numbers numbers(String body) {
		return numbers(ActivityTests.json(body).path("data"));
	}

	private static Numbers numbers(JsonNode data) {
		return new Numbers(data.path("count").asLong(), data.path("total_ingest_seconds").asLong(),
				data.path("total_viewer_seconds").asLong());
	}

	private String kit(String app) {
		return simulator.baseUrl() + "/accounts/" + ApiSimulator.DEFAULT_ACCOUNT + "/realtime/kit/" + app;
	}

	private String overall(String app, long start, long end) {
		return kit(app) + "/analytics/livestreams/overall?start_time=" + start + "&end_time=" + end;
	}

	private HttpResponse<String> get(String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + ApiSimulator.DEFAULT_TOKEN)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
