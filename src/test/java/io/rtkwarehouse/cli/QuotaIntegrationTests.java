package io.rtkwarehouse.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaIntegrationTests extends CommandTests {

	@Test
	void pacingFromTheQuotaSharedWithANeighbourCausesNo429OnEitherSide() {
		// 40 per 4 s is 10 per second: 2 for the neighbour and 1 for the reserve leave 7.
		this.api.quota().limit(40, Duration.ofSeconds(4)).block(Duration.ofSeconds(30), true).neighbour(2);

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-20",
				"--rtk.rate.requests-per-second=auto");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(this.api.stats().tooManyRequestsSent()).isZero();
		assertThat(this.api.quota().neighbourRefused()).isZero();
		assertThat(run.out()).contains("windows fetched: 40, failed: 0")
			.contains("429s: 0")
			.contains("quota: 40 per 4 s, lowest left ");
		// Far more than the 2 per second before the quota is known, with a wide margin
		// for a busy machine.
		Matcher rate = Pattern.compile("; (\\d+\\.\\d+) requests/s").matcher(run.out());
		assertThat(rate.find()).as(run.out()).isTrue();
		assertThat(Double.parseDouble(rate.group(1))).isGreaterThan(3);
	}

	@Test
	void aNumberIsACeilingTheQuotaOnlyLowers() {
		this.api.quota().limit(1000, Duration.ofSeconds(60));

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-05",
				"--rtk.rate.requests-per-second=5");

		assertThat(run.exitCode()).as(run.all()).isZero();
		Matcher rate = Pattern.compile("; (\\d+\\.\\d+) requests/s").matcher(run.out());
		assertThat(rate.find()).as(run.out()).isTrue();
		assertThat(Double.parseDouble(rate.group(1))).isLessThanOrEqualTo(5.5);
	}

	@Test
	void a429WithoutRetryAfterPausesUntilTheQuotaResets() {
		this.api.quota().limit(1000, Duration.ofSeconds(3));
		this.api.retryAfterSeconds(0);
		long start = DayWindow.of(this.apps.get(0), LocalDate.of(2024, 1, 1), ZoneOffset.UTC).start().getEpochSecond();
		this.scripted.failWindow(this.apps.get(0), start, 1, 429, Bodies.errorsBody(971, "Please wait"));

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-03");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).contains("windows fetched: 6, failed: 0").contains("429s: 1");
		// Not the 50 ms of rtk.rate.pause-without-retry-after in the tests: until the
		// reset the Ratelimit header gave, a second at least.
		Matcher paused = Pattern.compile("paused (\\d+\\.\\d) s").matcher(run.out());
		assertThat(paused.find()).as(run.out()).isTrue();
		assertThat(Double.parseDouble(paused.group(1))).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void aPauseLongerThanTheMaxPauseEndsTheRunNamingTheWait() {
		// The neighbour goes over at once: every request is blocked for an hour.
		this.api.quota().limit(2, Duration.ofSeconds(60)).block(Duration.ofHours(1), true).neighbour(50);
		long began = System.nanoTime();

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-03",
				"--apps=" + this.apps.get(0), "--rtk.rate.max-pause=10s");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("the API asks every request to wait ")
			.contains(" min (retry-after), until ")
			.contains("longer than rtk.rate.max-pause (10 s)");
		assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(60));
	}

	@Test
	void aPauseLongerThanTheMaxPauseAtTheListingIsAFailedStartThatStatusShows() {
		this.api.quota().limit(2, Duration.ofSeconds(60)).block(Duration.ofHours(1), true).neighbour(50);

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-03",
				"--rtk.rate.max-pause=10s");
		CliRuns.Result status = CliRuns.run("status");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("while fetching the app list").contains("longer than rtk.rate.max-pause");
		assertThat(status.out()).containsPattern("backfill 2024-01-01..2024-01-03  started .* FAILED BEFORE ITS JOB"
				+ " \\(exit 1\\)  HTTP 429 \\(rate limited\\) while fetching the app list");
	}

}
