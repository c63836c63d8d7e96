package io.rtkwarehouse.job;

import java.time.Duration;
import java.util.List;

import io.rtkwarehouse.warehouse.Written;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run summary counts every dataset, says what a stop left unfetched, and names the
 * quota as the token's.
 */
class RunSummaryTests {

	@Test
	void eachDatasetCountsTheRowsItWroteAndTheTotalIsTheirSum() {
		RunSummary summary = summary(0, new RunSummary.Part("livestreams", 20, 0, 0, new Written(20, 20, 0), 0, 0),
				new RunSummary.Part("usage", 460, 0, 0, new Written(460, 460, 0), 0, 0));

		assertThat(summary.toString()).startsWith(
				"windows fetched: 480, failed: 0, loaded: 480 (new 480, changed 0, unchanged 0), skipped: 0 (livestreams:"
						+ " fetched: 20, failed: 0, loaded: 20 (new 20, changed 0, unchanged 0), skipped: 0; usage:"
						+ " fetched: 460, failed: 0, loaded: 460 (new 460, changed 0, unchanged 0), skipped: 0);");
	}

	@Test
	void aStoppedRunSaysWhatItDidNotFetchBecauseOfTheStop() {
		RunSummary stopped = summary(RunSummary.STOPPED,
				new RunSummary.Part("livestreams", 30, 0, 0, new Written(30, 30, 0), 4, 70));
		RunSummary failed = summary(1, new RunSummary.Part("livestreams", 30, 0, 0, new Written(30, 30, 0), 4, 70));

		assertThat(stopped.toString()).contains(", skipped: 4, not fetched: 70 (stopped);")
			.contains("stopped by a signal");
		assertThat(failed.toString()).contains(", skipped: 4, not fetched: 70;").doesNotContain("(stopped)");
	}

	@Test
	void theQuotaIsTheTokensAndTheRequestFiguresAreTheRunsOwn() {
		RunSummary summary = new RunSummary(
				List.of(new RunSummary.Part("livestreams", 10, 0, 0, new Written(10, 10, 0), 0, 0)), 12, 1, 1,
				Duration.ofSeconds(3), 0, "1200 per 300 s", 950, Duration.ofMillis(1000), Duration.ofSeconds(4));

		assertThat(summary.toString()).endsWith("; API requests: 12, retries: 1, 429s: 1; 3.0 s; exit code 0;"
				+ " token quota: 1200 per 300 s, lowest left 950; paused 1.0 s; 3.00 requests/s");
		assertThat(RunSummary.Counts.readFrom(summary.toString()))
			.contains(new RunSummary.Counts(12, 1, Duration.ofSeconds(1)));
	}

	private static RunSummary summary(int exitCode, RunSummary.Part... parts) {
		return new RunSummary(List.of(parts), 0, 0, 0, Duration.ofSeconds(1), exitCode, null, -1, Duration.ZERO,
				Duration.ofSeconds(1));
	}

}
