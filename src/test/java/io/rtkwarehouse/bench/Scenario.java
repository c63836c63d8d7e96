package io.rtkwarehouse.bench;

import io.rtkwarehouse.bench.BackfillRun.Backfill;

/** One scenario of the benchmark: its runs add rows and details to the report. */
@FunctionalInterface
interface Scenario {

	/** 2023 has 365 days. */
	String YEAR_FROM = "2023-01-01";

	String YEAR_TO = "2023-12-31";

	/** 2021..2023 has 1,095 days. */
	String YEARS3_FROM = "2021-01-01";

	/** What the project and the simulator take for "no limit". */
	long NO_LIMIT = 100_000;

	/** The settings of the scenarios without a limit or latency. */
	int UNLIMITED_CONCURRENCY = 8;

	int UNLIMITED_CHUNK = 200;

	String UNLIMITED_SETTINGS = "no limit, c=" + UNLIMITED_CONCURRENCY + ", chunk=" + UNLIMITED_CHUNK;

	/** A run of this load without limit or latency. */
	static Backfill unlimited(Load load) {
		return new Backfill(load, NO_LIMIT, UNLIMITED_CONCURRENCY, UNLIMITED_CHUNK);
	}

	void run(BenchContext bench);

}
