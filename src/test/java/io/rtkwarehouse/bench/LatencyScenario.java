package io.rtkwarehouse.bench;

import java.time.Duration;
import java.util.List;

import io.rtkwarehouse.bench.BackfillRun.Backfill;

/**
 * 100 ms per answer, no limit, 16 requests in flight: how close the run comes to the
 * ideal 160 windows per second. Target: >= 0.90 of it.
 */
final class LatencyScenario implements Scenario {

	private static final int CONCURRENCY = 16;

	private static final int LATENCY_MS = 100;

	private static final int IDEAL = CONCURRENCY * 1000 / LATENCY_MS;

	@Override
	public void run(BenchContext bench) {
		Load load = bench.variant(new Load(4, YEAR_FROM, YEAR_TO), new Load(16, YEAR_FROM, YEAR_TO));
		bench.print("== latency: " + LATENCY_MS + " ms per answer, no limit, concurrency " + CONCURRENCY + ", " + load);
		bench.measured(
				Plan.of("latency", "no limit, c=" + CONCURRENCY + ", chunk=64, latency " + LATENCY_MS + " ms",
						List.of("--apps=" + load.apps(), "--latency-ms=" + LATENCY_MS),
						new Backfill(load, NO_LIMIT, CONCURRENCY, 64), Duration.ofSeconds(load.windows() / 10 + 300)),
				(measured) -> {
					double ratio = measured.windowsPerSecond() / IDEAL;
					return Report.format(ratio, 2) + " of the ideal " + IDEAL + " windows/s; target >= 0.90: "
							+ Report.met(ratio >= 0.9);
				});
	}

}
