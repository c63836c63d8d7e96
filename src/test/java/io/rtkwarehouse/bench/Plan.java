package io.rtkwarehouse.bench;

import java.time.Duration;
import java.util.List;

import io.rtkwarehouse.bench.BackfillRun.Backfill;

/**
 * One measured backfill: the name of its logs and database, the title and settings of its
 * row, the options of its simulator, what it loads, how long it may take, and what runs
 * before it.
 */
record Plan(String label, String scenario, String settings, List<String> simulatorOptions, Backfill backfill,
		Duration limit, Prelude prelude) {

	/** A plan whose row is titled with its label and with nothing before its run. */
	static Plan of(String label, String settings, List<String> simulatorOptions, Backfill backfill, Duration limit) {
		return new Plan(label, label, settings, simulatorOptions, backfill, limit, (simulator, database) -> {
		});
	}

	Plan titled(String scenario) {
		return new Plan(this.label, scenario, this.settings, this.simulatorOptions, this.backfill, this.limit,
				this.prelude);
	}

	Plan after(Prelude prelude) {
		return new Plan(this.label, this.scenario, this.settings, this.simulatorOptions, this.backfill, this.limit,
				prelude);
	}

	/** What runs before the measured run, with its simulator and its empty database. */
	@FunctionalInterface
	interface Prelude {

		void run(Simulator simulator, BenchDatabase database) throws Exception;

	}

}
