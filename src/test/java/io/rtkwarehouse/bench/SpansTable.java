package io.rtkwarehouse.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The spans scenario's own table: one row per run, spans on or off, with its requests
 * against the one-per-day run's and against apps x days, its rows, its measured times and
 * the time its requests take at the quota (computed); the targets and notes under it.
 */
final class SpansTable {

	private static final String HEADER = "| work | settings | spans | requests | of one-per-day run | of apps x days"
			+ " | rows | rows identical | wall s (measured) | job s (measured) | requests / " + SpansScenario.QUOTA
			+ " per s (computed) |";

	private static final String RULE = "|---|---|---|--:|--:|--:|--:|---|--:|--:|--:|";

	private final List<String> rows = new ArrayList<>();

	private final List<String> targets = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	void row(String work, Load load, String settings, String spans, SpansScenario.Run run, SpansScenario.Run oneADay,
			long rows, boolean identical) {
		this.rows.add("| " + String.join(" | ", work + ", " + load, settings, spans, Long.toString(run.requests()),
				SpansScenario.percent((double) run.requests() / oneADay.requests()),
				SpansScenario.percent((double) run.requests() / load.windows()), Long.toString(rows),
				identical ? "yes" : "NO", Report.format(run.wallSeconds(), 1), Report.format(run.jobSeconds(), 1),
				duration(run.atQuota())) + " |");
	}

	void broken(String work, String what) {
		this.rows.add("| " + work + " | BROKEN: " + what + " | | | | | | | | | |");
	}

	void target(String line) {
		this.targets.add("- " + line);
	}

	void note(String line) {
		this.notes.add("- " + line);
	}

	String markdown() {
		List<String> lines = new ArrayList<>(List.of(HEADER, RULE));
		lines.addAll(this.rows);
		lines.add("");
		lines.add("Measured: requests (the window requests the simulator served: the run's one range probe counted,"
				+ " the apps list not), rows,"
				+ " whether they are identical, wall s (the whole process, JVM start included) and job s (the job"
				+ " execution in rtk_batch). Computed, not measured: requests / " + SpansScenario.QUOTA + " per s, the"
				+ " time the same requests take at the API's quota of " + SpansScenario.QUOTA + " requests per second"
				+ " (1,200 per 5 minutes). The runs without a limit measure requests and rows; the paced pair (R = "
				+ SpansScenario.QUOTA + ") measures the wall time at the quota beside that computed figure.");
		if (!this.targets.isEmpty()) {
			lines.add("");
			lines.addAll(this.targets);
		}
		lines.add("");
		lines.addAll(this.notes);
		return String.join("\n", lines);
	}

	/** Seconds, and hours once there are more than two of them. */
	private static String duration(double seconds) {
		return Report.format(seconds, 0) + " s" + ((seconds > 7200) ? " = " + Report.format(seconds / 3600, 1) + " h"
				: (seconds > 120) ? " = " + Report.format(seconds / 60, 1) + " min" : "");
	}

}
