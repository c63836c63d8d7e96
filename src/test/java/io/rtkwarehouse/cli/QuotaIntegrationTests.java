package io.rtkwarehouse.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.HeaderRewritingProxy;
import io.rtkwarehouse.simulator.ApiSimulator;
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
		assertThat(run.err()).contains("the API asks to wait ")
			.contains(" min (retry-after: ")
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

	@Test
	void aSpentQuotaWithADistantResetOnA200EndsTheRunWithinSecondsInOneLineThatStatusShows() throws Exception {
		// Two pages of apps: the answer to the first says the quota is spent for a day,
		// and the request for the second ends the run.
		this.api.apps(ApiSimulator.apps(51));
		try (HeaderRewritingProxy proxy = new HeaderRewritingProxy(this.api.baseUrl())) {
			proxy.set("Ratelimit", "\"default\";r=0;t=86400").set("Ratelimit-Policy", "\"default\";q=1200;w=300");
			long began = System.nanoTime();

			CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-01",
					"--rtk.base-url=" + proxy.baseUrl());
			CliRuns.Result status = CliRuns.run("status");

			assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(30));
			assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
			String wait = "HTTP 200 while fetching the app list (page 1): the API asks to wait 24 h (Ratelimit:"
					+ " \"default\";r=0;t=86400, Ratelimit-Policy: \"default\";q=1200;w=300), until ";
			assertThat(run.err().lines()).singleElement()
				.asString()
				.startsWith("error: " + wait)
				.endsWith(", longer than rtk.rate.max-pause (15 min); the run stops instead of waiting");
			assertThat(run.all()).doesNotContain("\tat ");
			assertThat(proxy.arrivals()).hasSize(1);
			assertThat(status.out()).as(status.all())
				.contains("backfill 2024-01-01..2024-01-01  started ")
				.contains("FAILED BEFORE ITS JOB (exit 1)  " + wait);
		}
	}

	@Test
	void aSpentQuotaWithADistantResetOnA200EndsTheJobWithinSeconds() throws Exception {
		try (HeaderRewritingProxy proxy = new HeaderRewritingProxy(this.api.baseUrl())) {
			proxy.set("Ratelimit", "\"default\";r=0;t=86400").set("Ratelimit-Policy", "\"default\";q=1200;w=300");
			long began = System.nanoTime();

			CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-03",
					"--rtk.base-url=" + proxy.baseUrl());
			CliRuns.Result status = CliRuns.run("status");

			// The app list was answered; the first window's request ends the run without
			// being sent. Its error line is the run's to word.
			assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(30));
			assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
			assertThat(run.err().lines().filter((line) -> line.startsWith("error: "))).hasSize(1);
			assertThat(proxy.arrivals()).hasSize(1);
			assertThat(status.out()).as(status.all()).containsPattern("backfill 2024-01-01..2024-01-03 .* FAILED ");
		}
	}

	@Test
	void aQuotaThatResetsNowKeepsThePaceAtThePolicy() throws Exception {
		try (HeaderRewritingProxy proxy = new HeaderRewritingProxy(this.api.baseUrl())) {
			proxy.set("Ratelimit", "\"default\";r=1200;t=0").set("Ratelimit-Policy", "\"default\";q=4;w=1");

			CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-06",
					"--rtk.base-url=" + proxy.baseUrl(), "--rtk.rate.requests-per-second=auto");

			assertThat(run.exitCode()).as(run.all()).isZero();
			List<Long> arrivals = proxy.arrivals();
			// The apps listing, the range guard's request and 12 windows.
			assertThat(arrivals).hasSize(14);
			// 4 per second less the reserve is 3.6: five requests go out 1.1 s
			// apart, thirteen intervals 3.6 s. Before, they all went at once.
			// The margins are for a busy machine, where a request can leave a
			// little late.
			for (int i = 4; i < arrivals.size(); i++) {
				assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 4))).as("requests %d to %d", i - 4, i)
					.isGreaterThan(Duration.ofMillis(750));
			}
			double seconds = (arrivals.get(arrivals.size() - 1) - arrivals.get(0)) / 1e9;
			assertThat((arrivals.size() - 1) / seconds).isLessThanOrEqualTo(4.0);
		}
	}

	@Test
	void aNegativeRetryAfterIsAsNoneAndNoTrace() throws Exception {
		try (HeaderRewritingProxy proxy = new HeaderRewritingProxy(this.api.baseUrl())) {
			proxy.set("Retry-After", "-5");
			long start = DayWindow.of(this.apps.get(0), LocalDate.of(2024, 1, 1), ZoneOffset.UTC)
				.start()
				.getEpochSecond();
			this.scripted.failWindow(this.apps.get(0), start, 1, 429, Bodies.errorsBody(971, "Please wait"));

			CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-02",
					"--rtk.base-url=" + proxy.baseUrl());

			assertThat(run.exitCode()).as(run.all()).isZero();
			assertThat(run.out()).contains("429s: 1");
			assertThat(run.all()).doesNotContain("\tat ").doesNotContain("Exception");
		}
	}

	@Test
	void aRetryAfterTooLongForAnIntOnA503EndsTheRunRatherThanThrowInsideTheClient() throws Exception {
		try (HeaderRewritingProxy proxy = new HeaderRewritingProxy(this.api.baseUrl())) {
			proxy.set("Retry-After", "99999999999");
			this.scripted.failListing(1, 503, Bodies.errorsBody(10000, "Unavailable"));

			CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-02",
					"--rtk.base-url=" + proxy.baseUrl());

			assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
			assertThat(run.err().lines()).singleElement()
				.asString()
				.startsWith("error: HTTP 503 while fetching the app list (page 1): the API asks to wait 365 d"
						+ " (retry-after: 2147483647), until ");
			assertThat(run.all()).doesNotContain("NumberFormatException").doesNotContain("\tat ");
		}
	}

}
