package io.rtkwarehouse.bench;

import java.time.Duration;
import java.util.List;

/**
 * Zero latency, no limit: the project's own cost per window, after the fixed cost of a
 * run (JVM, Spring, Flyway on an empty database, the apps list), measured first with a
 * run of one day. Target: >= 1,000 windows per second.
 */
final class OverheadScenario implements Scenario {

	@Override
	public void run(BenchContext bench) {
		Load load = bench.variant(new Load(5, YEAR_FROM, YEAR_TO), new Load(20, YEARS3_FROM, YEAR_TO));
		bench.print("== overhead: zero latency, no limit, " + load);
		Plan plan = Plan.of("overhead", UNLIMITED_SETTINGS + ", latency 0", List.of("--apps=" + load.apps()),
				Scenario.unlimited(load), Duration.ofSeconds(load.windows() / 20 + 600));
		bench.measured(plan.after((simulator, database) -> fixedCost(bench, simulator, load.apps())),
				OverheadScenario::notes);
	}

	/** One day of every app, into an empty database of its own. */
	private static void fixedCost(BenchContext bench, Simulator simulator, int apps) throws Exception {
		try (BenchDatabase database = bench.database("overhead-start")) {
			RunResult run = bench
				.launch("overhead-start", simulator, database, Scenario.unlimited(new Load(apps, YEAR_TO, YEAR_TO)))
				.finish(Duration.ofSeconds(600));
			if (run.exitCode() == 0) {
				bench.fixedCost(run.appCpuSeconds());
				bench.report()
					.detail("fixed cost of a run (1 day x " + apps + " apps, empty database): "
							+ Report.format(run.wallSeconds(), 1) + " s wall, " + Report.format(run.appCpuSeconds(), 1)
							+ " CPU s in the app.");
			}
		}
	}

	private static String notes(Measurement measured) {
		double sqlShare = measured.run().sqlSeconds() / measured.execution().appStepSeconds();
		return "PostgreSQL executing SQL " + Report.format(100 * sqlShare, 0)
				+ "% of the app-step time; target >= 1000 windows/s: " + Report.met(measured.windowsPerSecond() >= 1000)
				+ " (middle half of the run: " + Report.format(measured.run().middleRate(), 0) + "/s)";
	}

}
