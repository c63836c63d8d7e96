package io.rtkwarehouse.cli;

import java.util.List;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class OperatorIntegrationTests extends CommandTests {

	private String app;

	@BeforeEach
	void firstApp() {
		this.app = this.apps.get(0);
	}

	@Test
	void theSummaryTellsNewChangedUnchangedAndSkippedWindows() {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-05");
		this.scripted.setNumbers(this.app,
				DayWindow.of(this.app, LocalDate.of(2025, 1, 2), ZoneOffset.UTC).start().getEpochSecond(),
				new ApiSimulator.Numbers(77L, 1L, 1L));

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-07", "--refetch");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out())
			.contains("windows fetched: 14, failed: 0, loaded: 14 (new 4, changed 1, unchanged 9),"
					+ " skipped: 0; API requests: 16, retries: 0, 429s: 0")
			.contains("exit code 0");
	}

	@Test
	void statusShowsTheLastRunsWithTheirSummariesAndTheFailedWindows() {
		this.scripted.failWindow(this.app,
				DayWindow.of(this.app, LocalDate.of(2025, 1, 3), ZoneOffset.UTC).start().getEpochSecond(),
				Integer.MAX_VALUE, 500, Bodies.errorsBody(5, "broken"));
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-04");
		this.scripted.clearFaults();
		CliRuns.run("nightly", "--date=2025-02-01");

		CliRuns.Result status = CliRuns.run("status");

		assertThat(status.exitCode()).as(status.all()).isZero();
		assertThat(status.out())
			.containsPattern("#\\d+ nightly +2025-01-28..2025-01-31 .* COMPLETED .*windows fetched: 9")
			.containsPattern("#\\d+ backfill +2025-01-01..2025-01-04 .* FAILED .*failed: 1.*exit code 1")
			.contains("Windows failed now: 0");
		assertThat(status.out().indexOf("nightly")).isLessThan(status.out().indexOf("backfill"));
	}

	@Test
	void statusListsWindowsThatAreStillFailed() {
		this.scripted.failWindow(this.app,
				DayWindow.of(this.app, LocalDate.of(2025, 1, 3), ZoneOffset.UTC).start().getEpochSecond(),
				Integer.MAX_VALUE, 500, Bodies.errorsBody(5, "broken"));
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-04");

		CliRuns.Result status = CliRuns.run("status", "--runs=1");

		assertThat(status.out()).contains("Windows failed now: 1")
			.contains("app " + this.app + " day 2025-01-03 after 5 attempt(s): HTTP 500 (code 5: broken)");
	}

	@Test
	void withoutATerminalProgressIsLoggedEveryInterval(CapturedOutput output) {
		this.api.latency(Duration.ofMillis(50));

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-20",
				"--rtk.progress.interval=200ms");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(output.getOut())
			.containsPattern("progress: \\d+/40 windows \\(\\d+%\\), 0 failed, [\\d.]+ windows/s, 0 429s, ETA");
		assertThat(run.err()).doesNotContain("\r");
	}

	@Test
	void everyCommandHasHelpWithOptionsDefaultsAndExitCodes() {
		for (String command : List.of("demo", "backfill", "nightly", "gaps", "status", "rebuild", "simulator")) {
			CliRuns.Result help = CliRuns.runExactly(command, "--help");

			assertThat(help.exitCode()).isZero();
			assertThat(help.out()).containsPattern("Usage: java -jar (target/)?rtk-warehouse.jar " + command)
				.contains("Exit codes:");
		}
		assertThat(CliRuns.runExactly("--help").out()).contains("backfill", "nightly", "gaps", "status", "rebuild");
	}

	@Test
	void theDefaultBaseUrlReachesTheApiClient() {
		TestDatabase database = TestDatabase.get();

		CliRuns.Result status = CliRuns.runExactly("status", "--rtk.account-id=" + ApiSimulator.DEFAULT_ACCOUNT,
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password());

		assertThat(status.exitCode()).as(status.all()).isZero();
		assertThat(status.all()).doesNotContain("malformed");
	}

}
