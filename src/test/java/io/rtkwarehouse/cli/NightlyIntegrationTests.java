package io.rtkwarehouse.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NightlyIntegrationTests extends CommandTests {

	private String app;

	@BeforeEach
	void firstApp() {
		this.app = this.apps.get(0);
	}

	@Test
	void loadsYesterdayAndTheLookbackDaysBeforeIt() {
		CliRuns.Result run = CliRuns.run("nightly", "--date=2025-03-01", "--apps=" + this.app);

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(days()).containsExactly(LocalDate.of(2025, 2, 25), LocalDate.of(2025, 2, 26),
				LocalDate.of(2025, 2, 27), LocalDate.of(2025, 2, 28));
	}

	@Test
	void theLookbackIsConfigurable() {
		CliRuns.Result run = CliRuns.run("nightly", "--date=2025-03-01", "--apps=" + this.app, "--rtk.lookback-days=0");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(days()).containsExactly(LocalDate.of(2025, 2, 28));
	}

	@Test
	void runningItTwiceForTheSameDateFetchesAgainAndPicksUpChanges() {
		CliRuns.run("nightly", "--date=2025-03-01", "--apps=" + this.app);
		long start = DayWindow.of(this.app, LocalDate.of(2025, 2, 28), ZoneOffset.UTC).start().getEpochSecond();
		this.scripted.setNumbers(this.app, start, new ApiSimulator.Numbers(99L, 1L, 2L));
		this.api.stats().reset();

		CliRuns.Result again = CliRuns.run("nightly", "--date=2025-03-01", "--apps=" + this.app);

		assertThat(again.exitCode()).as(again.all()).isZero();
		// Four windows, and the request for a day that cannot hold data before loading.
		assertThat(this.api.stats().requests() - this.api.stats().appsRequests()).isEqualTo(4 + 1);
		assertThat(days()).hasSize(4);
		assertThat(this.jdbc.sql("SELECT livestream_count FROM rtk.livestream_daily WHERE day = '2025-02-28'")
			.query(Long.class)
			.single()).isEqualTo(99);
	}

	@Test
	void fetchesEarlierWindowsThatFailedBefore() {
		long start = DayWindow.of(this.app, LocalDate.of(2025, 2, 10), ZoneOffset.UTC).start().getEpochSecond();
		this.scripted.failWindow(this.app, start, Integer.MAX_VALUE, 503, Bodies.errorsBody(1, "down"));
		CliRuns.Result failing = CliRuns.run("backfill", "--from=2025-02-10", "--to=2025-02-10", "--apps=" + this.app);
		assertThat(failing.exitCode()).isEqualTo(1);
		this.scripted.clearFaults();

		CliRuns.Result nightly = CliRuns.run("nightly", "--date=2025-03-01", "--apps=" + this.app);

		assertThat(nightly.exitCode()).as(nightly.all()).isZero();
		assertThat(days()).contains(LocalDate.of(2025, 2, 10)).hasSize(5);
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE status = 'failed'")
			.query(Long.class)
			.single()).isZero();
	}

	private List<LocalDate> days() {
		return this.jdbc.sql("SELECT day FROM rtk.livestream_daily ORDER BY day").query(LocalDate.class).list();
	}

}
