package io.rtkwarehouse.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaultsIntegrationTests extends CommandTests {

	@Test
	void stayingWithinTheApisRateLimitMeetsNoTooManyRequests() {
		this.api.rateLimit(20);

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-30",
				"--rtk.rate.requests-per-second=20", "--rtk.rate.concurrency=8");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(this.api.stats().tooManyRequestsSent()).isZero();
		assertThat(run.out()).contains("windows fetched: 60, failed: 0").contains("429s: 0");
	}

	@Test
	void aTooManyRequestsAnswerPausesEveryFetchForItsRetryAfter() {
		long start = DayWindow.of(this.apps.get(0), LocalDate.of(2024, 1, 1), ZoneOffset.UTC).start().getEpochSecond();
		this.api.retryAfterSeconds(1);
		this.scripted.failWindow(this.apps.get(0), start, 1, 429,
				Bodies.errorsBody(971, "Please wait and consider throttling your request speed"));
		long began = System.nanoTime();

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-10");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).contains("windows fetched: 20, failed: 0").contains("429s: 1");
		// Without the pause these 20 windows take a few milliseconds at 500 requests per
		// second.
		assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThan(Duration.ofSeconds(1));
	}

	@Test
	void serverErrorsAndBrokenBodiesAreRetriedUntilEveryWindowIsRight() {
		this.api.seed(7).serverErrorShare(0.15).brokenBodyShare(0.1);

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-20",
				"--rtk.retry.max-attempts=10");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).doesNotContain("retries: 0");
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_daily").query(Long.class).single()).isEqualTo(40);
		assertThat(this.jdbc.sql("SELECT sum(livestream_count) FROM rtk.livestream_daily").query(Long.class).single())
			.isEqualTo(expectedCountSum(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 20)));
	}

	@Test
	void anUnknownAppFailsItsWindowsAndTheOtherAppsGoOn() {
		String unknown = "00000000-0000-4000-8000-000000000000";

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-03",
				"--apps=" + this.apps.get(0) + "," + unknown);

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("failed: app " + unknown
				+ " day 2024-01-01 after 1 attempt(s): HTTP 404 (code 404: App " + unknown + " not found)");
		assertThat(this.jdbc.sql("SELECT DISTINCT app_id FROM rtk.livestream_daily").query(String.class).list())
			.containsExactly(this.apps.get(0));
	}

	@Test
	void anUnreachableApiFailsBeforeAnythingIsWritten() {
		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-03",
				"--apps=" + this.apps.get(0), "--rtk.base-url=http://127.0.0.1:9/client/v4");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("the API at http://127.0.0.1:9/client/v4 (rtk.base-url) cannot be used")
			.contains("no answer");
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk_batch.batch_job_instance").query(Long.class).single())
			.isZero();
	}

	@Test
	void answersSlowerThanTheReadTimeoutAreRetriedThenReported() {
		this.api.slowShare(1.0).slowDelay(Duration.ofMillis(600));

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-01",
				"--apps=" + this.apps.get(0), "--rtk.http.read-timeout=150ms", "--rtk.retry.max-attempts=2");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("the API at").contains(": no answer within rtk.http.read-timeout (150 ms)");
	}

	private long expectedCountSum(LocalDate from, LocalDate to) {
		long sum = 0;
		for (String app : this.apps) {
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				DayWindow window = DayWindow.of(app, day, ZoneOffset.UTC);
				sum += ApiSimulator.numbers(app, window.start().getEpochSecond(), window.end().getEpochSecond())
					.count();
			}
		}
		return sum;
	}

}
