package io.rtkwarehouse.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import io.rtkwarehouse.simulator.ActivityMix.Kind;
import io.rtkwarehouse.simulator.ApiSimulator.App;
import io.rtkwarehouse.simulator.ApiSimulator.Numbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ActivityTests {

	static final Instant NOW = Instant.parse("2025-07-01T12:34:56Z");

	private static final long DAY = 86_400;

	private static final long MARCH_1 = 1_740_787_200L; // 2025-03-01T00:00:00Z

	private static final Numbers NONE = new Numbers(0L, 0L, 0L);

	private static final ActivityMix MIX = new ActivityMix(0.25, 0.25, 0.5);

	private final List<App> apps = Activity.apps(20, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28));

	private ApiSimulator simulator;

	private Activity activity;

	@BeforeEach
	void start() {
		simulator = ApiSimulator.start(0).apps(apps);
		activity = simulator.activity().clock(Clock.fixed(NOW, ZoneOffset.UTC)).mix(MIX);
	}

	@AfterEach
	void stop() {
		simulator.close();
	}

	@Test
	void withoutAMixEveryWindowHasItsMadeUpNumbersAsBefore() {
		activity.mix(null);
		String app = apps.get(0).id();

		assertThat(activity.kind(app)).isNull();
		assertThat(activity.totals(app, MARCH_1, MARCH_1 + DAY))
			.isEqualTo(ApiSimulator.numbers(app, MARCH_1, MARCH_1 + DAY));
		assertThat(activity.totals(app, MARCH_1, MARCH_1 + 5 * DAY))
			.isEqualTo(ApiSimulator.numbers(app, MARCH_1, MARCH_1 + 5 * DAY));
		assertThat(activity.usage(app, LocalDate.of(2025, 3, 1)))
			.isEqualTo(Daywise.usage(app, LocalDate.of(2025, 3, 1)));
	}

	@Test
	void theAppsAreCreatedInOrderOverTheDatesAtTimesOfDayOfTheirOwnWithTheUsualIds() {
		List<Instant> created = apps.stream().map(app -> Instant.parse(app.createdAt())).toList();

		assertThat(apps).extracting(App::id)
			.containsExactlyElementsOf(ApiSimulator.apps(20).stream().map(App::id).toList());
		assertThat(created).isSorted();
		assertThat(created.get(0)).isBetween(Instant.parse("2025-01-01T00:00:00Z"),
				Instant.parse("2025-01-02T00:00:00Z"));
		assertThat(created.get(19)).isBetween(Instant.parse("2025-02-28T00:00:00Z"),
				Instant.parse("2025-03-01T00:00:00Z"));
		assertThat(created.stream().map(at -> at.getEpochSecond() % DAY).distinct()).hasSizeGreaterThan(10);
		assertThat(Activity.apps(1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1))).singleElement()
			.satisfies(app -> assertThat(app.createdAt()).startsWith("2025-01-01T"));
	}

	@Test
	void theListingReportsTheCreationDates() throws Exception {
		HttpResponse<String> listing = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(simulator.baseUrl() + "/accounts/" + ApiSimulator.DEFAULT_ACCOUNT
						+ "/realtime/kit/apps?per_page=100"))
				.header("Authorization", "Bearer " + ApiSimulator.DEFAULT_TOKEN)
				.build(), HttpResponse.BodyHandlers.ofString());

		List<String> listed = new ArrayList<>();
		JsonMapper.shared()
			.readTree(listing.body())
			.path("data")
			.forEach(app -> listed.add(app.path("created_at").asString()));
		assertThat(listed).containsExactlyElementsOf(apps.stream().map(App::createdAt).toList());
	}

	@Test
	void theMixGivesEachShareItsAppsAndIdleAppsNeverLivestream() {
		Map<Kind, Long> kinds = apps.stream()
			.collect(Collectors.groupingBy(app -> activity.kind(app.id()), Collectors.counting()));

		assertThat(kinds).containsEntry(Kind.IDLE, 5L).containsEntry(Kind.WEEKLY, 5L).containsEntry(Kind.DAILY, 10L);
		assertThat(ids(Kind.IDLE)).allSatisfy(app -> {
			assertThat(activity.allTime(app)).isEqualTo(NONE);
			assertThat(activity.usage(app, LocalDate.of(2025, 6, 1)).sessions()).isZero();
		});
		assertThat(ids(Kind.DAILY)).allSatisfy(app -> assertThat(activity.allTime(app).count()).isPositive());
	}

	@Test
	void aWeeklyAppIsActiveOnOneUtcDayOfEachWeekAndADailyAppOnEveryDay() {
		long first = LocalDate.of(2025, 3, 3).toEpochDay(); // after every creation
		for (String app : ids(Kind.WEEKLY)) {
			List<Long> active = LongStream.range(first, first + 8 * 7)
				.filter(day -> activity.totals(app, day * DAY, (day + 1) * DAY).count() > 0)
				.boxed()
				.toList();
			assertThat(active).hasSize(8);
			assertThat(active.stream().map(day -> Math.floorMod(day, 7L)).distinct()).hasSize(1);
			assertThat(active).allSatisfy(day -> assertThat(activity.usage(app, LocalDate.ofEpochDay(day)).sessions())
				.isEqualTo(Daywise.usage(app, LocalDate.ofEpochDay(day)).sessions()));
			assertThat(activity.usage(app, LocalDate.ofEpochDay(active.get(0) + 1)).sessions()).isZero();
		}
		for (String app : ids(Kind.DAILY)) {
			assertThat(LongStream.range(first, first + 56)).allSatisfy(
					day -> assertThat(activity.totals(app, day * DAY, (day + 1) * DAY).count()).isBetween(1L, 4L));
		}
	}

	@Test
	void nothingHappensBeforeAnAppsCreationNorAfterNow() {
		for (App app : apps) {
			long created = Instant.parse(app.createdAt()).getEpochSecond();
			assertThat(activity.totals(app.id(), 0, created)).isEqualTo(NONE);
			assertThat(activity.totals(app.id(), NOW.getEpochSecond(), NOW.getEpochSecond() + 400 * DAY))
				.isEqualTo(NONE);
			assertThat(activity.totals(app.id(), 0, Long.MAX_VALUE)).isEqualTo(activity.allTime(app.id()));
			assertThat(activity.usage(app.id(), LocalDate.ofEpochDay(Math.floorDiv(created, DAY) - 1)).sessions())
				.isZero();
			assertThat(activity.usage(app.id(), LocalDate.of(2025, 7, 2)).sessions()).isZero();
		}
		String daily = ids(Kind.DAILY).get(0);
		long created = Instant.parse(
				simulator.apps().stream().filter(app -> app.id().equals(daily)).findFirst().orElseThrow().createdAt())
			.getEpochSecond();
		long creationDay = Math.floorDiv(created, DAY) * DAY;
		assertThat(activity.totals(daily, creationDay, creationDay + DAY))
			.isEqualTo(activity.totals(daily, created, creationDay + DAY));
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTC", "Asia/Kolkata", "America/St_Johns", "Europe/Berlin", "Pacific/Chatham" })
	void theDaysOfASpanAddUpToItInAnyZoneAndSoDoHoursAndAnySplit(String zoneId) {
		ZoneId zone = ZoneId.of(zoneId);
		LocalDate from = LocalDate.of(2025, 3, 1); // Europe/Berlin changes to summer time
													// in it
		List<Long> midnights = LongStream.rangeClosed(0, 61)
			.mapToObj(i -> from.plusDays(i).atStartOfDay(zone).toEpochSecond())
			.toList();
		Random random = new Random(42);
		for (App app : apps) {
			Numbers span = activity.totals(app.id(), midnights.get(0), midnights.get(61));
			assertThat(sum(midnights, start -> end -> activity.totals(app.id(), start, end))).isEqualTo(span);
			List<Long> hours = LongStream.iterate(midnights.get(20), at -> at < midnights.get(23), at -> at + 3600)
				.boxed()
				.collect(Collectors.toCollection(ArrayList::new));
			hours.add(midnights.get(23));
			assertThat(sum(hours, start -> end -> activity.totals(app.id(), start, end)))
				.isEqualTo(activity.totals(app.id(), midnights.get(20), midnights.get(23)));
			List<Long> cuts = new ArrayList<>(List.of(midnights.get(0), midnights.get(61)));
			random.longs(30, midnights.get(0) + 1, midnights.get(61)).forEach(cuts::add);
			assertThat(sum(cuts.stream().sorted().distinct().toList(),
					start -> end -> activity.totals(app.id(), start, end)))
				.isEqualTo(span);
		}
		assertThat(apps)
			.anySatisfy(app -> assertThat(activity.totals(app.id(), midnights.get(0), midnights.get(61)).count())
				.isGreaterThan(30));
	}

	@Test
	void countingOverlapsCountsAStreamThatCrossesMidnightInBothDays() {
		List<Long> days = LongStream.rangeClosed(0, 60).mapToObj(i -> MARCH_1 + i * DAY).toList();
		activity.countOverlapping(true);

		List<String> broken = ids(Kind.DAILY).stream()
			.filter(app -> !sum(days, start -> end -> activity.totals(app, start, end))
				.equals(activity.totals(app, days.get(0), days.get(60))))
			.toList();

		assertThat(broken).isNotEmpty();
		assertThat(broken)
			.allSatisfy(app -> assertThat(sum(days, start -> end -> activity.totals(app, start, end)).count())
				.isGreaterThan(activity.totals(app, days.get(0), days.get(60)).count()));
	}

	@Test
	void anInclusiveEndCountsAStreamStartingAtMidnightInTheDayBeforeToo() {
		String app = ids(Kind.DAILY).get(0);
		long midnight = LongStream.range(0, 120)
			.map(i -> MARCH_1 + i * DAY)
			.filter(at -> activity.totals(app, at, at + 1).count() > 0)
			.findFirst()
			.orElseThrow();
		Numbers before = activity.totals(app, midnight - DAY, midnight);
		activity.endInclusive(true);

		assertThat(activity.totals(app, midnight - DAY, midnight).count()).isEqualTo(before.count() + 1);
		assertThat(activity.totals(app, midnight - DAY, midnight + DAY).count())
			.isLessThan(activity.totals(app, midnight - DAY, midnight).count()
					+ activity.totals(app, midnight, midnight + DAY).count());
	}

	@Test
	void theHistoryIsTheSameInEveryRun() {
		// Pinned so that a change to the history (which would change what tests built
		// on it expect) is a deliberate one.
		String app = ApiSimulator.apps(1).get(0).id();
		simulator.apps(ApiSimulator.apps(1)).activity().mix(new ActivityMix(0, 0, 1));

		assertThat(activity.totals(app, MARCH_1, MARCH_1 + 7 * DAY)).isEqualTo(new Numbers(13L, 55_137L, 375_142L));
	}

	@Test
	void aMixsSharesMustBeSharesThatSumToOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ActivityMix(0.5, 0.5, 0.5))
			.withMessageContaining("sum to 1");
		assertThatIllegalArgumentException().isThrownBy(() -> new ActivityMix(-0.5, 0.5, 1))
			.withMessageContaining("idleShare");
		assertThatIllegalArgumentException().isThrownBy(() -> activity.totals("nope", 0, 1))
			.withMessageContaining("not a served app");
	}

	private List<String> ids(Kind kind) {
		return apps.stream().map(App::id).filter(app -> activity.kind(app) == kind).toList();
	}

	/** The sum of the windows between consecutive bounds. */
	static Numbers sum(List<Long> bounds, Function<Long, Function<Long, Numbers>> window) {
		long count = 0;
		long ingest = 0;
		long viewer = 0;
		for (int i = 0; i + 1 < bounds.size(); i++) {
			Numbers numbers = window.apply(bounds.get(i)).apply(bounds.get(i + 1));
			count += numbers.count();
			ingest += numbers.totalIngestSeconds();
			viewer += numbers.totalViewerSeconds();
		}
		return new Numbers(count, ingest, viewer);
	}

	static JsonNode json(String body) {
		return JsonMapper.shared().readTree(body);
	}

}
