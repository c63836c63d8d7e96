package io.rtkwarehouse.cli;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.RangeRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every load first asks for a day that cannot hold data: an API that answers numbers
 * there ignores the range, and the run stops before writing a row.
 */
class RangeGuardIntegrationTests extends CommandTests {

	@Test
	void aBackfillAgainstAnApiThatIgnoresTheRangeWritesNothingAndSaysWhy() {
		this.api.rules().ignoreRange(true);

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02");
		CliRuns.Result status = CliRuns.run("status");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("the API ignored the time range")
			.contains("rtk.time-format=epoch-seconds")
			.contains("check");
		assertThat(windowRequests()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_daily").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk_batch.batch_job_instance").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("SELECT reason FROM rtk.failed_start").query(String.class).single())
			.contains("the API ignored the time range");
		assertThat(status.exitCode()).as(status.all()).isZero();
		assertThat(status.out()).contains("the API ignored the time range");
	}

	@Test
	void aNightlyAgainstATimeFormatTheApiCannotReadAndIgnoresStopsToo() {
		this.api.timeFormat(ApiSimulator.TimeFormat.ISO_8601);
		this.api.rules().unreadableTime(RangeRules.UnreadableTime.IGNORE);

		CliRuns.Result run = CliRuns.run("nightly");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("the API ignored the time range");
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_daily").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.failed_start").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aReconcileAgainstAnApiThatStartedToIgnoreTheRangeComparesNothing() {
		assertThat(CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02").exitCode()).isZero();
		this.api.rules().ignoreRange(true);
		this.api.stats().reset();

		CliRuns.Result run = CliRuns.run("reconcile", "--from=2025-01-01", "--to=2025-01-02");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("the API ignored the time range");
		assertThat(this.api.stats().livestreamDaywiseRequests()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_daywise").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_mismatch").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT reason FROM rtk.failed_start").query(String.class).single())
			.contains("the API ignored the time range");
	}

	@Test
	void anApiThatHonoursTheRangeCostsOneRequestMoreWhichTheSummaryCounts() {
		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(windowRequests()).isEqualTo(2 * 2 + 1);
		assertThat(run.out()).contains("API requests: " + this.api.stats().requests() + ",");
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_daily").query(Long.class).single()).isEqualTo(4);
	}

}
