package io.rtkwarehouse.bench;

import java.util.Map;

import io.rtkwarehouse.bench.BenchDatabase.Execution;
import io.rtkwarehouse.bench.Simulator.SimStats;

/**
 * One measured run: what the process did, what its job execution recorded, what the
 * simulator counted, and the rows of the Batch metadata tables afterwards.
 */
record Measurement(String scenario, RunResult run, Execution execution, SimStats stats, Map<String, Long> batchRows,
		String loadAtStart) {

	long stepExecutions() {
		return this.batchRows.getOrDefault("step_execution", -1L);
	}

	/** The rows of all the {@code rtk_batch.batch_*} tables. */
	long allBatchRows() {
		return this.batchRows.values().stream().mapToLong(Long::longValue).sum();
	}

	long windows() {
		return this.execution.windowsFetched();
	}

	double jobSeconds() {
		return this.execution.jobSeconds();
	}

	/** Window requests the simulator received. */
	long requests() {
		return this.stats.windowRequests();
	}

	double windowsPerSecond() {
		return perJobSecond(windows());
	}

	double requestsPerSecond() {
		return perJobSecond(requests());
	}

	private double perJobSecond(long count) {
		return (jobSeconds() > 0) ? count / jobSeconds() : Double.NaN;
	}

}
