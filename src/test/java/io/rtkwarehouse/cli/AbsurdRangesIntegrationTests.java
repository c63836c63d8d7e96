package io.rtkwarehouse.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.rtkwarehouse.CliRuns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command that takes a range refuses, at once and with one line, a range no
 * warehouse can hold, and changes nothing.
 */
class AbsurdRangesIntegrationTests extends CommandTests {

	private static final List<List<String>> COMMANDS = List.of(List.of("backfill"), List.of("backfill", "--dry-run"),
			List.of("backfill", "--missing-only"), List.of("gaps"), List.of("rebuild"), List.of("reconcile"),
			List.of("report", "--out=target/absurd-range-report.html"));

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	private static final List<List<String>> RANGES = List.of(List.of("--from=0001-01-01", "--to=9999-12-31"),
			List.of("--from=0001-01-01", "--to=0001-01-31"), List.of("--from=2019-12-31", "--to=2025-01-02"),
			List.of("--from=2025-01-01", "--to=9999-12-31"), List.of("--from=9999-12-01", "--to=9999-12-31"),
			List.of("--from=2025-01-01", "--to=" + TODAY.plusYears(2)), List.of("--from=9999-12-31", "--to=0001-01-01"),
			List.of("--from=2025-01-02", "--to=2025-01-01"), List.of("--from=0000-01-01", "--to=2025-01-01"),
			List.of("--from=2025-01-01", "--to=+10000-01-01"));

	@Test
	void everyCommandRefusesAnAbsurdRangeAtOnceWithOneLineAndChangesNothing() {
		assertThat(CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03").exitCode()).isZero();
		String before = warehouse();
		this.api.stats().reset();

		List<String> failures = new ArrayList<>();
		for (List<String> command : COMMANDS) {
			for (List<String> range : RANGES) {
				List<String> args = new ArrayList<>(command);
				args.addAll(range);
				long started = System.nanoTime();
				CliRuns.Result run = CliRuns.run(args.toArray(String[]::new));
				Duration took = Duration.ofNanos(System.nanoTime() - started);
				List<String> errors = run.err().lines().filter((line) -> line.startsWith("error: ")).toList();
				if (run.exitCode() != 2 || errors.size() != 1 || errors.get(0).length() > 200
						|| took.compareTo(Duration.ofSeconds(5)) > 0) {
					failures.add(args + ": exit " + run.exitCode() + " in " + took.toMillis() + " ms: " + run.all());
				}
			}
		}

		assertThat(failures).isEmpty();
		assertThat(warehouse()).isEqualTo(before);
		assertThat(this.api.stats().requests()).isZero();
	}

	@Test
	void theMessageNamesTheBound() {
		assertThat(CliRuns.run("report", "--from=0001-01-01", "--to=9999-12-31").err())
			.contains("error: --from=0001-01-01 is before 2020-01-01: RealtimeKit has no data that old");
		assertThat(CliRuns.run("gaps", "--from=2025-01-01", "--to=9999-12-31").err())
			.contains("error: --to=9999-12-31 is more than a year ahead");
		assertThat(CliRuns.run("gaps", "--from=9999-12-31", "--to=0001-01-01").err())
			.contains("error: --from=9999-12-31 is after --to=0001-01-01");
	}

	@Test
	void nightlyRefusesADateNoWarehouseCanHold() {
		for (String date : List.of("0001-01-01", "2020-01-01", "9999-12-31", TODAY.plusYears(2).toString())) {
			CliRuns.Result run = CliRuns.run("nightly", "--date=" + date);

			assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
			assertThat(run.err()).contains("error: --date=" + date);
		}
		assertThat(this.api.stats().requests()).isZero();
	}

	@Test
	void statusWithAHugeNumberOfRunsShowsTheRunsThereAre() {
		assertThat(CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02").exitCode()).isZero();

		CliRuns.Result run = CliRuns.run("status", "--runs=2147483647");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(CliRuns.run("status", "--runs=2147483648").exitCode()).isEqualTo(2);
		assertThat(CliRuns.run("status", "--runs=0").exitCode()).isEqualTo(2);
	}

	@Test
	void aRangeFromTheFirstDayToAYearAheadIsAccepted() {
		CliRuns.Result run = CliRuns.run("gaps", "--from=2020-01-01", "--to=" + TODAY.plusDays(366));

		assertThat(run.exitCode()).as(run.all()).isIn(0, 1);
		assertThat(run.err()).doesNotContain("error:");
	}

	private String warehouse() {
		return this.jdbc.sql("""
				SELECT (SELECT count(*) FROM rtk.livestream_daily) || ' ' || (SELECT count(*) FROM rtk.window_ledger)
				    || ' ' || (SELECT count(*) FROM rtk_batch.batch_job_execution)
				    || ' ' || (SELECT count(*) FROM rtk.failed_start)
				    || ' ' || (SELECT coalesce(max(last_loaded_at)::text, '') FROM rtk.livestream_daily)""")
			.query(String.class)
			.single();
	}

}
