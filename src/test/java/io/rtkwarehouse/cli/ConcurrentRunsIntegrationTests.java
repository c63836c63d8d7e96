package io.rtkwarehouse.cli;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.ApiSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentRunsIntegrationTests extends CommandTests {

	@Test
	void aSecondRunOfTheAccountExitsThreeNamingTheRunThatHoldsTheLock() throws Exception {
		// 62 windows at 800 ms, 4 at a time: the first run fetches for about 12 s, long
		// enough for a
		// second JVM-less run to start Spring even on a loaded machine.
		this.api.latency(Duration.ofMillis(800));
		CompletableFuture<CliRuns.Result> first = CompletableFuture
			.supplyAsync(() -> CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-31"));
		waitUntilFetching();

		CliRuns.Result second = CliRuns.run("nightly", "--date=2025-01-01");

		assertThat(second.exitCode()).as(second.all()).isEqualTo(3);
		assertThat(second.err()).contains("another run of account " + ApiSimulator.DEFAULT_ACCOUNT + " is fetching")
			.contains("rtk-warehouse backfill 2024-01-01..2024-01-31");
		assertThat(first.isDone()).isFalse();
		assertThat(first.get().exitCode()).isZero();
		assertThat(CliRuns.run("status").out())
			.containsPattern("-  nightly +\\S+  started .* LOCKED \\(exit 3\\)  another run of account");
		assertThat(this.api.stats().maxConcurrent()).isLessThanOrEqualTo(4);
	}

	@Test
	void aSecondRunThatMayWaitRunsWhenTheFirstHasFinished() throws Exception {
		this.api.latency(Duration.ofMillis(100));
		CompletableFuture<CliRuns.Result> first = CompletableFuture
			.supplyAsync(() -> CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-31"));
		waitUntilFetching();

		CliRuns.Result second = CliRuns.run("nightly", "--date=2025-01-01", "--rtk.lock.wait=60s");

		assertThat(first.get().exitCode()).isZero();
		assertThat(second.exitCode()).as(second.all()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_daily").query(Long.class).single())
			.isEqualTo(2 * (31 + 4));
	}

	private void waitUntilFetching() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (this.api.stats().requests() - this.api.stats().appsRequests() == 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the first run never started fetching");
			}
			Thread.sleep(10);
		}
	}

}
