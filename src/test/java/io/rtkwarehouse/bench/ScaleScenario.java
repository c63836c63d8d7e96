package io.rtkwarehouse.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 100 apps over three years and over one year, in {@code -Xmx256m}: the run completes,
 * and its step executions and {@code rtk_batch} rows do not grow with the number of days.
 */
final class ScaleScenario implements Scenario {

	@Override
	public void run(BenchContext bench) {
		Optional<Measurement> longer = run(bench, "scale-3y",
				bench.variant(new Load(20, YEARS3_FROM, YEAR_TO), new Load(100, YEARS3_FROM, YEAR_TO)));
		Optional<Measurement> shorter = run(bench, bench.variant("scale-90d", "scale-1y"),
				bench.variant(new Load(20, "2023-10-03", YEAR_TO), new Load(100, YEAR_FROM, YEAR_TO)));
		if (longer.isPresent() && shorter.isPresent()) {
			boolean same = longer.get().stepExecutions() == shorter.get().stepExecutions()
					&& longer.get().allBatchRows() == shorter.get().allBatchRows();
			bench.report()
				.appendToLastRow("; same counts as the longer range (does not grow with days): " + Report.met(same));
		}
	}

	private static Optional<Measurement> run(BenchContext bench, String label, Load load) {
		bench.print("== " + label + ": " + load + " = " + load.windows() + " windows, zero latency");
		Plan plan = Plan.of(label, UNLIMITED_SETTINGS + ", -Xmx256m", List.of("--apps=" + load.apps()),
				Scenario.unlimited(load), Duration.ofSeconds(load.windows() / 20 + 900));
		Optional<Measurement> measured = bench.measured(plan.titled("scale " + load),
				(run) -> "completed; step executions " + run.stepExecutions() + " (apps + 1 = " + (load.apps() + 1)
						+ "), rtk_batch rows " + run.allBatchRows());
		measured.ifPresent((run) -> bench.report()
			.detail(label + ": rtk_batch rows by table: "
					+ run.batchRows()
						.entrySet()
						.stream()
						.map((table) -> table.getKey() + "=" + table.getValue())
						.collect(Collectors.joining(" "))
					+ "."));
		return measured;
	}

}
