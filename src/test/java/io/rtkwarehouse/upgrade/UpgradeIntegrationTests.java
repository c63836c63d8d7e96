package io.rtkwarehouse.upgrade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestApi;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.ApiSimulator.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backfill that the previous release started and that was killed halfway resumes under
 * this one. The fixtures in {@code src/test/resources/upgrade/} are dumps of warehouses
 * the release 47deda4 left behind when its backfill was killed with SIGKILL (each says
 * how it was made). Each test restores one into a fresh database, runs the same command
 * line again and compares with a clean run of that command into another fresh database.
 * Only the command line, the simulator and the database are used, so that the test holds
 * whatever the code inside looks like.
 */
class UpgradeIntegrationTests {

	private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

	private static final LocalDate TO = LocalDate.of(2024, 2, 29);

	/** The most days one usage request covers. */
	private static final int USAGE_WINDOW_DAYS = 31;

	private static final String LIVESTREAMS = "livestreams";

	private static final String USAGE = "usage";

	private final List<TestDatabase> databases = new ArrayList<>();

	private ApiSimulator api;

	private List<String> apps;

	@BeforeEach
	void simulatorOfTheFixtures() {
		// The fixtures were made against a simulator with three apps: app-1..app-3.
		this.api = TestApi.reset().apps(ApiSimulator.apps(3));
		this.apps = this.api.apps().stream().map(ApiSimulator.App::id).toList();
	}

	@AfterEach
	void dropDatabases() {
		this.databases.forEach(TestDatabase::drop);
	}

	@Test
	void aLivestreamBackfillKilledUnderThePreviousReleaseResumesWithTheMissingWindowsOnlyAndTheSameRows()
			throws Exception {
		resumesLikeACleanRun("upgrade/livestreams.sql", List.of(LIVESTREAMS), "--rtk.chunk-size=5");
	}

	@Test
	void aBackfillOfBothDatasetsKilledDuringUsageUnderThePreviousReleaseResumesWithTheMissingWindowsOnlyAndTheSameRows()
			throws Exception {
		resumesLikeACleanRun("upgrade/livestreams-and-usage.sql", List.of(LIVESTREAMS, USAGE), "--rtk.chunk-size=1",
				"--rtk.datasets=livestreams,usage");
	}

	private void resumesLikeACleanRun(String fixture, List<String> datasets, String... options) throws Exception {
		TestDatabase upgraded = restored(fixture);
		JdbcClient jdbc = upgraded.jdbc();
		long instance = jdbc.sql("SELECT job_instance_id FROM rtk_batch.batch_job_instance WHERE job_name = 'backfill'")
			.query(Long.class)
			.single();
		Set<String> identifying = identifyingParameters(jdbc, lastExecution(jdbc, instance));
		List<Window> missingWindows = missingWindows(jdbc);
		List<Span> missingSpans = datasets.contains(USAGE) ? missingSpans(jdbc) : List.of();
		assertThat(missingWindows.size() + missingSpans.size()).as("windows the killed run did not commit")
			.isPositive();
		this.api.stats().reset();

		CliRuns.Result resumed = backfill(upgraded, options);

		assertThat(resumed.exitCode()).as(resumed.all()).isZero();
		List<RecordedRequest> requests = this.api.stats().recorded();
		// Besides the missing windows, the range guard's one request, for a day before
		// the
		// range that cannot hold data.
		List<Window> requested = new ArrayList<>(windowsRequested(requests));
		List<Window> guard = requested.stream().filter((window) -> !missingWindows.contains(window)).toList();
		assertThat(guard).hasSize(1);
		assertThat(guard.get(0).start())
			.isBefore(missingWindows.stream().map(Window::start).min(Instant::compareTo).orElse(Instant.MAX));
		requested.remove(guard.get(0));
		assertThat(requested).containsExactlyInAnyOrderElementsOf(missingWindows);
		assertThat(spansRequested(requests)).containsExactlyInAnyOrderElementsOf(missingSpans);
		assertThat(requests).as("requests of another endpoint")
			.allMatch(
					(request) -> request.path().endsWith("/apps") || window(request) != null || span(request) != null);
		assertThatTheRunRestarted(jdbc, instance, identifying);

		TestDatabase clean = fresh();
		this.api.stats().reset();
		CliRuns.Result cleanRun = backfill(clean, options);

		assertThat(cleanRun.exitCode()).as(cleanRun.all()).isZero();
		// 3 apps x 60 days, and the range guard's request
		assertThat(windowsRequested(this.api.stats().recorded())).hasSize(3 * 60 + 1);
		assertThat(spansRequested(this.api.stats().recorded())).hasSize(datasets.contains(USAGE) ? 3 * 2 : 0);
		assertThatTheRowsAreTheSame(upgraded, clean, datasets);
	}

	private static void assertThatTheRunRestarted(JdbcClient jdbc, long instance, Set<String> identifying) {
		// The windows alone cannot tell: a new instance would skip the final days loaded
		// too.
		assertThat(jdbc.sql("SELECT job_instance_id FROM rtk_batch.batch_job_instance").query(Long.class).list())
			.as("job instances: the run must restart the one the previous release created")
			.containsExactly(instance);
		assertThat(jdbc
			.sql("SELECT status FROM rtk_batch.batch_job_execution WHERE job_instance_id = ?"
					+ " ORDER BY job_execution_id")
			.param(instance)
			.query(String.class)
			.list()).hasSize(2).endsWith("COMPLETED").first().isIn("FAILED", "STOPPED");
		assertThat(identifyingParameters(jdbc, lastExecution(jdbc, instance))).isEqualTo(identifying);
	}

	private static void assertThatTheRowsAreTheSame(TestDatabase upgraded, TestDatabase clean, List<String> datasets) {
		for (String table : List.of("livestream_daily", "session_daily", "recording_daily", "window_ledger")) {
			assertThat(rows(upgraded, table)).as(table).isEqualTo(rows(clean, table));
		}
		for (String dataset : datasets) {
			assertThat(rows(upgraded, "window_ledger")).filteredOn((row) -> dataset.equals(row.get("dataset")))
				.as(dataset + " days loaded")
				.hasSize(3 * 60)
				.allMatch((row) -> "loaded".equals(row.get("status")));
		}
		// Every day of 2024 is final whenever the test runs, as it was when the fixtures
		// were made, so is_final compares too.
		for (String table : List.of("livestream_daily", "session_daily", "recording_daily")) {
			assertThat(rows(upgraded, table)).as(table).allMatch((row) -> Boolean.TRUE.equals(row.get("is_final")));
		}
		// The simulator's numbers vary, so that equal rows are not equal by chance.
		assertThat(upgraded.jdbc()
			.sql("SELECT count(DISTINCT total_viewer_seconds) FROM rtk.livestream_daily")
			.query(Long.class)
			.single()).isGreaterThan(100L);
		// Flyway took the dump's schema forward to the migrations of a new warehouse.
		assertThat(migrations(upgraded)).isEqualTo(migrations(clean)).allMatch((row) -> (Boolean) row.get("success"));
	}

	private TestDatabase restored(String fixture) throws IOException, SQLException {
		TestDatabase database = fresh();
		String dump = new ClassPathResource(fixture).getContentAsString(StandardCharsets.UTF_8);
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(dump);
		}
		return database;
	}

	private TestDatabase fresh() {
		TestDatabase database = TestDatabase.fresh("rtk_upgrade_");
		this.databases.add(database);
		return database;
	}

	private static CliRuns.Result backfill(TestDatabase database, String... options) {
		List<String> args = new ArrayList<>(List.of("backfill", "--from=" + FROM, "--to=" + TO));
		args.addAll(List.of(options));
		args.addAll(List.of(database.springArgs()));
		return CliRuns.run(args.toArray(String[]::new));
	}

	private static long lastExecution(JdbcClient jdbc, long instance) {
		return jdbc.sql("SELECT max(job_execution_id) FROM rtk_batch.batch_job_execution WHERE job_instance_id = ?")
			.param(instance)
			.query(Long.class)
			.single();
	}

	private static Set<String> identifyingParameters(JdbcClient jdbc, long execution) {
		return new TreeSet<>(jdbc.sql("""
				SELECT parameter_name || ' ' || parameter_type || ' ' || parameter_value
				FROM rtk_batch.batch_job_execution_params WHERE job_execution_id = ? AND identifying = 'Y'
				""").param(execution).query(String.class).list());
	}

	/** The livestream windows of the range, one UTC day each, that the ledger has not. */
	private List<Window> missingWindows(JdbcClient jdbc) {
		List<Window> windows = new ArrayList<>();
		for (String app : this.apps) {
			for (LocalDate day : missingDays(jdbc, LIVESTREAMS, app)) {
				windows.add(new Window(app, day.atStartOfDay(ZoneOffset.UTC).toInstant(),
						day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
		}
		return windows;
	}

	/**
	 * The usage days of the range that the ledger has not, cut into runs of consecutive
	 * days of up to {@value #USAGE_WINDOW_DAYS} days, one request each.
	 */
	private List<Span> missingSpans(JdbcClient jdbc) {
		List<Span> spans = new ArrayList<>();
		for (String app : this.apps) {
			LocalDate first = null;
			LocalDate last = null;
			for (LocalDate day : missingDays(jdbc, USAGE, app)) {
				if (first != null && day.equals(last.plusDays(1))
						&& ChronoUnit.DAYS.between(first, day) < USAGE_WINDOW_DAYS) {
					last = day;
					continue;
				}
				if (first != null) {
					spans.add(new Span(app, first, last));
				}
				first = day;
				last = day;
			}
			if (first != null) {
				spans.add(new Span(app, first, last));
			}
		}
		return spans;
	}

	private static TreeSet<LocalDate> missingDays(JdbcClient jdbc, String dataset, String app) {
		TreeSet<LocalDate> days = new TreeSet<>(
				Stream.iterate(FROM, (day) -> !day.isAfter(TO), (day) -> day.plusDays(1)).toList());
		days.removeAll(
				jdbc.sql("SELECT day FROM rtk.window_ledger WHERE dataset = ? AND app_id = ? AND status = 'loaded'")
					.params(dataset, app)
					.query(LocalDate.class)
					.list());
		return days;
	}

	private static List<Window> windowsRequested(List<RecordedRequest> requests) {
		return requests.stream().map(UpgradeIntegrationTests::window).filter((window) -> window != null).toList();
	}

	private static List<Span> spansRequested(List<RecordedRequest> requests) {
		return requests.stream().map(UpgradeIntegrationTests::span).filter((span) -> span != null).toList();
	}

	/** The window of a livestream "overall" request, else null. */
	private static Window window(RecordedRequest request) {
		if (!request.path().endsWith("/analytics/livestreams/overall")) {
			return null;
		}
		return new Window(app(request), instant(request.query().get("start_time")),
				instant(request.query().get("end_time")));
	}

	/** The days of a usage "daywise" request, else null. */
	private static Span span(RecordedRequest request) {
		if (!request.path().endsWith("/analytics/daywise")) {
			return null;
		}
		return new Span(app(request), LocalDate.parse(request.query().get("start_date")),
				LocalDate.parse(request.query().get("end_date")));
	}

	/** {@code /client/v4/accounts/{account}/realtime/kit/{app}/analytics/...} */
	private static String app(RecordedRequest request) {
		return request.path().split("/")[7];
	}

	private static Instant instant(String time) {
		return time.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(time))
				: Instant.parse(time);
	}

	/**
	 * A table's rows in key order, without what differs between two runs that load the
	 * same numbers: when they were loaded, and by which execution.
	 */
	private static List<Map<String, Object>> rows(TestDatabase database, String table) {
		String columns = switch (table) {
			case "livestream_daily" -> "account_id, app_id, day, zone, window_start, window_end, livestream_count,"
					+ " total_ingest_seconds, total_viewer_seconds, is_final, changes_after_final";
			case "session_daily" -> "account_id, app_id, day, total_sessions,"
					+ " trim_scale(total_session_minutes) AS total_session_minutes, is_final, changes_after_final";
			case "recording_daily" -> "account_id, app_id, day, total_recordings,"
					+ " trim_scale(total_recording_minutes) AS total_recording_minutes, is_final, changes_after_final";
			case "window_ledger" -> "account_id, dataset, app_id, day, status, attempts, http_status, last_error";
			default -> throw new IllegalArgumentException(table);
		};
		String order = table.equals("window_ledger") ? "account_id, dataset, app_id, day" : "account_id, app_id, day";
		// The simulator of the release that wrote the fixtures made numbers up for days
		// before an app existed; today's answers zeros for windows that end a day or more
		// before its creation (as the real API must, and as the range guard relies on).
		// The
		// two sources differ there, not the loaders: those days are left out.
		String sameSource = table.equals("livestream_daily") ? " t WHERE NOT EXISTS (SELECT 1 FROM rtk.app a"
				+ " WHERE a.account_id = t.account_id AND a.app_id = t.app_id"
				+ " AND t.window_end <= a.created_at - interval '1 day')" : "";
		return database.jdbc()
			.sql("SELECT " + columns + " FROM rtk." + table + sameSource + " ORDER BY " + order)
			.query()
			.listOfRows();
	}

	private static List<Map<String, Object>> migrations(TestDatabase database) {
		return database.jdbc().sql("""
				SELECT version, description, type, script, checksum, success
				FROM rtk_batch.flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank
				""").query().listOfRows();
	}

	/** A livestream window: one app, from start (inclusive) to end (exclusive). */
	private record Window(String app, Instant start, Instant end) {
	}

	/** A usage request: one app, its first and last date. */
	private record Span(String app, LocalDate first, LocalDate last) {
	}

}
