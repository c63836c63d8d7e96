package io.rtkwarehouse.bench;

import java.time.Duration;
import java.util.List;

import io.rtkwarehouse.bench.BackfillRun.Backfill;

/**
 * The simulator and the project limited to R = 20 requests per second, 50 ms latency: the
 * rate the budget holds, and whether a 429 comes. Target: >= 0.95 R, no 429.
 */
final class BudgetScenario implements Scenario {

	private static final int RATE = 20;

	@Override
	public void run(BenchContext bench) {
		Load load = bench.variant(new Load(2, YEAR_FROM, "2023-07-19"), new Load(4, YEAR_FROM, YEAR_TO));
		bench.print("== budget: simulator and project limited to " + RATE + " requests/s, " + load);
		bench.measured(
				Plan.of("budget", "R=" + RATE + ", c=4, chunk=50, latency 50 ms",
						List.of("--apps=" + load.apps(), "--rate-limit=" + RATE, "--latency-ms=50"),
						new Backfill(load, RATE, 4, 50), Duration.ofSeconds(load.windows() / RATE * 3 + 300)),
				BudgetScenario::notes);
	}

	private static String notes(Measurement measured) {
		double ratio = measured.requestsPerSecond() / RATE;
		long tooMany = measured.stats().tooManyRequestsSent();
		RunResult.Steady steady = measured.run().steady();
		String over = "over " + Report.format(measured.jobSeconds(), 0) + " s"
				+ ((measured.jobSeconds() < 60) ? " (target wants >= 60 s)" : "");
		return "rate " + Report.format(ratio, 3) + " R " + over + ", " + tooMany + " 429s; steady " + ((steady != null)
				? Report.format(steady.rate(), 2) + " req/s over " + Report.format(steady.seconds(), 0) + " s" : "n/a")
				+ "; target >= 0.95 R and no 429: " + Report.met(ratio >= 0.95 && tooMany == 0);
	}

}
