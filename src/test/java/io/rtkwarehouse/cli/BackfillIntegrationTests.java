package io.rtkwarehouse.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackfillIntegrationTests extends CommandTests {

	@Test
	void backfillOfTwoAppsOverTenDaysLoadsExactlyTheSourcesNumbers() {
		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(count("rtk.livestream_daily")).isEqualTo(20);
		for (String app : this.apps) {
			for (LocalDate day = LocalDate.of(2025, 1, 1); !day.isAfter(LocalDate.of(2025, 1, 10)); day = day
				.plusDays(1)) {
				DayWindow window = DayWindow.of(app, day, ZoneOffset.UTC);
				ApiSimulator.Numbers expected = ApiSimulator.numbers(app, window.start().getEpochSecond(),
						window.end().getEpochSecond());
				Map<String, Object> row = this.jdbc
					.sql("SELECT * FROM rtk.livestream_daily WHERE app_id = ? AND day = ?")
					.params(app, day)
					.query()
					.singleRow();
				assertThat(row).containsEntry("livestream_count", expected.count())
					.containsEntry("total_ingest_seconds", expected.totalIngestSeconds())
					.containsEntry("total_viewer_seconds", expected.totalViewerSeconds())
					.containsEntry("zone", "UTC");
			}
		}
		assertThat(run.out()).contains("windows fetched: 20, failed: 0");
	}

	@Test
	void noConnectionSitsIdleInATransactionWhileAChunkIsFetched() throws Exception {
		// One chunk of 6 windows, fetched one at a time, 400 ms each: 2.4 s of fetching.
		this.api.latency(Duration.ofMillis(400));
		CompletableFuture<CliRuns.Result> run = CompletableFuture
			.supplyAsync(() -> CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-06",
					"--apps=" + this.apps.get(0), "--rtk.chunk-size=6", "--rtk.rate.concurrency=1"));
		double longestIdleInTransaction = 0;
		while (!run.isDone()) {
			longestIdleInTransaction = Math.max(longestIdleInTransaction, this.jdbc.sql("""
					SELECT coalesce(max(extract(epoch FROM now() - state_change)), 0) FROM pg_stat_activity
					WHERE datname = current_database() AND state = 'idle in transaction'
					""").query(Double.class).single());
			Thread.sleep(50);
		}

		CliRuns.Result result = run.get();
		assertThat(result.exitCode()).as(result.all()).isZero();
		assertThat(count("rtk.livestream_daily")).isEqualTo(6);
		assertThat(longestIdleInTransaction).as("seconds a connection sat idle in a transaction").isLessThan(1.0);
	}

	@Test
	void runningTheSameBackfillAgainChangesNothing() {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10");
		List<Map<String, Object>> before = rows();
		this.api.stats().reset();

		CliRuns.Result again = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10");

		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(again.out()).contains("already completed");
		assertThat(rows()).isEqualTo(before);
		// Only the request for a day that cannot hold data, which every load asks first.
		assertThat(windowRequests()).isEqualTo(1);
	}

	@Test
	void discoversTheAppsOfTheAccountWhenNoneAreConfigured() {
		this.api.apps(ApiSimulator.apps(3));

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(this.jdbc.sql("SELECT count(DISTINCT app_id) FROM rtk.livestream_daily").query(Long.class).single())
			.isEqualTo(3);
	}

	@Test
	void loadsOnlyTheAppsGiven() {
		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03",
				"--apps=" + this.apps.get(1));

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(this.jdbc.sql("SELECT DISTINCT app_id FROM rtk.livestream_daily").query(String.class).list())
			.containsExactly(this.apps.get(1));
	}

	@Test
	void aBackfillThatFailsMidwayExitsOneAndTheRerunFetchesOnlyWhatIsMissing() {
		String app = this.apps.get(0);
		long failingStart = DayWindow.of(app, LocalDate.of(2025, 1, 5), ZoneOffset.UTC).start().getEpochSecond();
		this.scripted.failWindow(app, failingStart, Integer.MAX_VALUE, 500, Bodies.errorsBody(10000, "boom"));

		CliRuns.Result failed = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10");

		assertThat(failed.exitCode()).as(failed.all()).isEqualTo(1);
		assertThat(failed.err())
			.contains("failed: app " + app + " day 2025-01-05 after 5 attempt(s): HTTP 500 (code 10000: boom)");
		assertThat(count("rtk.livestream_daily")).isEqualTo(19);
		assertThat(this.jdbc.sql("SELECT status FROM rtk.window_ledger WHERE app_id = ? AND day = ?")
			.params(app, LocalDate.of(2025, 1, 5))
			.query(String.class)
			.single()).isEqualTo("failed");

		this.scripted.clearFaults();
		this.api.stats().reset();
		CliRuns.Result rerun = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10");

		assertThat(rerun.exitCode()).as(rerun.all()).isZero();
		assertThat(count("rtk.livestream_daily")).isEqualTo(20);
		// The missing window, and the request for a day that cannot hold data.
		assertThat(windowRequests()).isEqualTo(1 + 1);
		assertThat(this.api.stats().requests(app, failingStart)).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE status = 'failed'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDaylightSavingDayIsLoadedAsATwentyThreeHourWindow() {
		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-03-30", "--to=2025-03-30",
				"--apps=" + this.apps.get(0), "--rtk.zone=Europe/Berlin");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(this.api.stats().recorded().get(this.api.stats().recorded().size() - 1).query())
			.containsEntry("start_time", "1743289200")
			.containsEntry("end_time", "1743372000");
		assertThat(this.jdbc.sql("SELECT window_end - window_start FROM rtk.livestream_daily")
			.query(String.class)
			.single()).isEqualTo("23:00:00");
	}

	@Test
	void aMissingNumberIsStoredAsNullNeverZero() {
		String app = this.apps.get(0);
		long start = DayWindow.of(app, LocalDate.of(2025, 1, 1), ZoneOffset.UTC).start().getEpochSecond();
		this.scripted.setNumbers(app, start, new ApiSimulator.Numbers(3L, null, 40L));

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-01", "--apps=" + app);

		assertThat(run.exitCode()).as(run.all()).isZero();
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM rtk.livestream_daily").query().singleRow();
		assertThat(row).containsEntry("livestream_count", 3L).containsEntry("total_viewer_seconds", 40L);
		assertThat(row.get("total_ingest_seconds")).isNull();
	}

	@Test
	void theOlderIsoContractLoadsTheSameRows() {
		this.api.timeFormat(ApiSimulator.TimeFormat.ISO_8601);

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02",
				"--rtk.time-format=iso-8601");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(count("rtk.livestream_daily")).isEqualTo(4);
	}

	@Test
	void aRefusedTokenStopsTheRunAndNamesThePermission() {
		this.api.token("the-real-one");

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("HTTP 401").contains("\"Realtime\" or \"Realtime Admin\"");
		assertThat(run.all()).doesNotContain(ApiSimulator.DEFAULT_TOKEN);
		assertThat(count("rtk.livestream_daily")).isZero();
	}

	@Test
	void aRangeReachingPastYesterdayIsCutAndSaysSo() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		CliRuns.Result run = CliRuns.run("backfill", "--from=" + today.minusDays(2), "--to=" + today.plusDays(5),
				"--apps=" + this.apps.get(0));

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).contains("have not ended yet");
		assertThat(this.jdbc.sql("SELECT max(day) FROM rtk.livestream_daily").query(LocalDate.class).single())
			.isEqualTo(today.minusDays(1));
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private List<Map<String, Object>> rows() {
		return this.jdbc.sql("SELECT * FROM rtk.livestream_daily ORDER BY app_id, day").query().listOfRows();
	}

}
