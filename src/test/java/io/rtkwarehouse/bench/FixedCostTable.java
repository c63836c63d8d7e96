package io.rtkwarehouse.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed-cost scenario's own table: one row per command and tool, with min / median /
 * max of its runs, and the notes under it.
 */
final class FixedCostTable {

	private static final String HEADER = "| work | tool | runs | wall s | CPU s | peak RSS MiB | target | verdict |";

	private static final String RULE = "|---|---|--:|--:|--:|--:|---|---|";

	private final List<String> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	void row(String work, String tool, Series series, String target, String verdict) {
		this.rows.add("| " + String.join(" | ", work, tool, Integer.toString(series.size()), series.wall().text(2),
				series.cpu().text(2), series.rss().text(0), target, verdict) + " |");
	}

	void broken(String what) {
		this.rows.add("| BROKEN | " + what + " | | | | | | |");
	}

	void note(String line) {
		this.notes.add("- " + line);
	}

	String markdown(int turns) {
		List<String> lines = new ArrayList<>(List.of(HEADER, RULE));
		lines.addAll(this.rows);
		lines.add("");
		lines.add("Taking turns, " + turns + " each: wall s, CPU s (user + system of the whole process tree: the"
				+ " launcher script and its java, or the loop's bash with its curl, jq and psql) and peak RSS (of the"
				+ " tree's largest process, in MiB) as min / median / max over the runs, as GNU time reports them."
				+ " The CPU of PostgreSQL's server and of the simulator is not counted for either. Targets are for a"
				+ " machine not otherwise busy; the verdict takes medians for CPU and wall time and the largest peak"
				+ " RSS.");
		lines.add("");
		lines.addAll(this.notes);
		return String.join("\n", lines);
	}

}
