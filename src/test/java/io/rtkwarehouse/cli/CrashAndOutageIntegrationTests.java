package io.rtkwarehouse.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.rtkwarehouse.ChildJvm;
import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TcpProxy;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.TestEnvironment;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CrashAndOutageIntegrationTests extends CommandTests {

	private static final DayRange RANGE = new DayRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30));

	@Test
	void aBackfillKilledWithSigkillCompletesOnRerunWithoutRefetchingCommittedWindows() throws Exception {
		this.api.latency(Duration.ofMillis(40));
		List<String> args = new ArrayList<>(
				List.of("backfill", "--from=" + RANGE.from(), "--to=" + RANGE.to(), "--rtk.chunk-size=10"));
		TestEnvironment.properties().forEach((name, value) -> args.add("--" + name + "=" + value));
		ChildJvm child = ChildJvm.start(Map.of(), args);

		long committedBeforeKill = waitForLoadedWindows(60, child);
		child.killHard();

		List<Map<String, Object>> committed = this.jdbc
			.sql("SELECT app_id, day FROM rtk.window_ledger WHERE status = 'loaded'")
			.query()
			.listOfRows();
		assertThat(committed.size()).isGreaterThanOrEqualTo((int) committedBeforeKill).isLessThan(windows());
		this.api.latency(Duration.ZERO).stats().reset();

		CliRuns.Result rerun = CliRuns.run("backfill", "--from=" + RANGE.from(), "--to=" + RANGE.to(),
				"--rtk.chunk-size=10");

		assertThat(rerun.exitCode()).as(rerun.all()).isZero();
		assertThatTableEqualsAnUninterruptedRun();
		for (Map<String, Object> window : committed) {
			long start = DayWindow
				.of((String) window.get("app_id"), ((java.sql.Date) window.get("day")).toLocalDate(), ZoneOffset.UTC)
				.start()
				.getEpochSecond();
			assertThat(this.api.stats().requests((String) window.get("app_id"), start))
				.as("requests for committed " + window)
				.isZero();
		}
		assertThat(this.api.stats().requests() - this.api.stats().appsRequests())
			.isEqualTo(windows() - committed.size() + 1);
	}

	@ParameterizedTest
	@CsvSource({ "TERM, 143", "INT, 130" })
	void aSignalStopsTheRunWithinSecondsAsStoppedAndTheRerunResumesIt(String signal, int exitCode) throws Exception {
		this.api.latency(Duration.ofMillis(40));
		List<String> args = new ArrayList<>(
				List.of("backfill", "--from=" + RANGE.from(), "--to=" + RANGE.to(), "--rtk.chunk-size=10"));
		TestEnvironment.properties().forEach((name, value) -> args.add("--" + name + "=" + value));
		ChildJvm child = ChildJvm.start(Map.of(), args);
		waitForLoadedWindows(30, child);

		long signalled = System.nanoTime();
		child.signal(signal);
		int exit = child.waitFor();

		Duration took = Duration.ofNanos(System.nanoTime() - signalled);
		String output = child.output();
		assertThat(exit).as(output).isEqualTo(exitCode);
		assertThat(took).as(output).isLessThan(Duration.ofSeconds(10));
		assertThat(output).contains("SIG" + signal + ": stopping")
			.contains("STOPPED; windows fetched:")
			// Windows the stop left are not fetched, not skipped.
			.containsPattern(", skipped: 0, not fetched: [1-9]\\d* \\(stopped\\);")
			.contains("Run the same command again to resume")
			.doesNotContain("Exception")
			.doesNotContain("has been closed");
		assertThat(this.jdbc.sql("SELECT status FROM rtk_batch.batch_job_execution").query(String.class).list())
			.containsExactly("STOPPED");
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE status = 'failed'")
			.query(Long.class)
			.single()).isZero();
		this.api.latency(Duration.ZERO);

		CliRuns.Result rerun = CliRuns.run("backfill", "--from=" + RANGE.from(), "--to=" + RANGE.to(),
				"--rtk.chunk-size=10");

		assertThat(rerun.exitCode()).as(rerun.all()).isZero();
		assertThatTableEqualsAnUninterruptedRun();
	}

	@Test
	void aDatabaseThatGoesAwayFailsTheRunWithAClearMessageAndTheRerunCompletes() throws Exception {
		TestDatabase database = TestDatabase.get();
		this.api.latency(Duration.ofMillis(20));
		try (TcpProxy proxy = new TcpProxy(database.host(), database.port())) {
			String url = "--spring.datasource.url=" + database.jdbcUrl("127.0.0.1", proxy.port());
			CompletableFuture<CliRuns.Result> run = CompletableFuture
				.supplyAsync(() -> CliRuns.run("backfill", "--from=" + RANGE.from(), "--to=" + RANGE.to(),
						"--rtk.chunk-size=10", url, "--spring.datasource.hikari.connection-timeout=1000"));
			waitForLoadedWindows(40, null);
			proxy.cut();

			CliRuns.Result failed = run.get();

			assertThat(failed.exitCode()).as(failed.all()).isEqualTo(1);
			assertThat(failed.err()).contains("the database cannot be reached or went away");
			proxy.restore();
			this.api.latency(Duration.ZERO);

			CliRuns.Result rerun = CliRuns.run("backfill", "--from=" + RANGE.from(), "--to=" + RANGE.to(),
					"--rtk.chunk-size=10", url);

			assertThat(rerun.exitCode()).as(rerun.all()).isZero();
			assertThatTableEqualsAnUninterruptedRun();
		}
	}

	private long waitForLoadedWindows(long atLeast, ChildJvm child) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			long loaded = this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE status = 'loaded'")
				.query(Long.class)
				.single();
			if (loaded >= atLeast) {
				return loaded;
			}
			if (child != null && !child.isAlive()) {
				throw new AssertionError("the run ended before it could be interrupted:\n" + child.output());
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the run did not load " + atLeast + " windows in time"
				+ ((child != null) ? ":\n" + child.output() : ""));
	}

	private int windows() {
		return (int) RANGE.days() * this.api.apps().size();
	}

	private void assertThatTableEqualsAnUninterruptedRun() {
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT app_id, day, livestream_count, total_ingest_seconds, total_viewer_seconds"
					+ " FROM rtk.livestream_daily ORDER BY app_id, day")
			.query()
			.listOfRows();
		List<Map<String, Object>> expected = new ArrayList<>();
		for (String app : this.api.apps().stream().map(ApiSimulator.App::id).sorted().toList()) {
			for (DayWindow window : RANGE.windows(app, ZoneOffset.UTC)) {
				ApiSimulator.Numbers numbers = ApiSimulator.numbers(app, window.start().getEpochSecond(),
						window.end().getEpochSecond());
				Map<String, Object> row = new java.util.LinkedHashMap<>();
				row.put("app_id", app);
				row.put("day", java.sql.Date.valueOf(window.day()));
				row.put("livestream_count", numbers.count());
				row.put("total_ingest_seconds", numbers.totalIngestSeconds());
				row.put("total_viewer_seconds", numbers.totalViewerSeconds());
				expected.add(row);
			}
		}
		assertThat(rows).hasSize(windows()).isEqualTo(expected);
	}

}
