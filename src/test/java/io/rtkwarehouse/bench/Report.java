package io.rtkwarehouse.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The benchmark's one table, one row per measured run, with a line of detail for each, as
 * printed and as written between the markers of {@code docs/performance.md}.
 */
final class Report {

	static final String BEGIN = "<!-- bench:begin -->";

	static final String END = "<!-- bench:end -->";

	private static final String HEADER = "| scenario | windows | settings | wall s | job s | windows/s | requests/s | 429s"
			+ " | retries | peak heap MB | notes |";

	private static final String RULE = "|---|--:|---|--:|--:|--:|--:|--:|--:|--:|---|";

	private static final String LEGEND = "wall s: the whole process, JVM start included; job s: the job execution"
			+ " (its start and end in rtk_batch); windows/s (windows read by the app steps) and requests/s (window"
			+ " requests the simulator received) are per job second; peak heap MB: the sum of the heap pools' peaks,"
			+ " read over JMX. c = rtk.rate.concurrency, chunk = rtk.chunk-size, R = rtk.rate.requests-per-second and"
			+ " the simulator's limit (\"no limit\" = 100000).";

	private final List<Row> rows = new ArrayList<>();

	private final List<String> details = new ArrayList<>();

	/** Tables of their own, by name, each between its own markers. */
	private final Map<String, String> sections = new LinkedHashMap<>();

	private boolean broken;

	void row(Measurement measured, String settings, String notes) {
		RunResult run = measured.run();
		this.rows.add(new Row(String.join(" | ", measured.scenario(), Long.toString(measured.windows()), settings,
				format(run.wallSeconds(), 1), format(measured.jobSeconds(), 1), format(measured.windowsPerSecond(), 0),
				format(measured.requestsPerSecond(), 1), Long.toString(measured.stats().tooManyRequestsSent()),
				known(measured.execution().retries()), known(run.peakHeapMb())), new StringBuilder(notes)));
	}

	void brokenRow(String scenario, String settings, String what) {
		this.rows.add(new Row(scenario + " | n/a | " + settings + " | n/a | n/a | n/a | n/a | n/a | n/a | n/a",
				new StringBuilder("BROKEN: " + what)));
		this.broken = true;
	}

	/** Adds to the notes of the last row. */
	void appendToLastRow(String notes) {
		this.rows.get(this.rows.size() - 1).notes().append(notes);
	}

	void detail(String line) {
		this.details.add("- " + line);
	}

	/**
	 * The detail line of a measured run; per window only past the fixed cost of a run.
	 */
	void detail(Measurement measured, OptionalDouble fixedCpu) {
		RunResult run = measured.run();
		String perWindow = "";
		if (fixedCpu.isPresent() && measured.windows() > 1000) {
			double windows = measured.windows();
			perWindow = String.format(Locale.ROOT,
					" = per window: app %.2f ms after the fixed cost, simulator %.2f ms, PostgreSQL %.2f ms",
					(run.appCpuSeconds() - fixedCpu.getAsDouble()) * 1000 / windows,
					run.simulatorCpuSeconds() * 1000 / windows, run.postgresCpuSeconds() * 1000 / windows);
		}
		detail(String.format(Locale.ROOT,
				"%s: exit %d; API window requests %d; CPU seconds: app %.1f, simulator %.1f, PostgreSQL %.1f%s;"
						+ " app-step time %.1f s, PostgreSQL executing SQL %.1f s; heap after GC at most %s MB;"
						+ " peak RSS %s MB; %s windows/s over the middle half of the requests; load average at"
						+ " start %s.",
				measured.scenario(), run.exitCode(), measured.requests(), run.appCpuSeconds(),
				run.simulatorCpuSeconds(), run.postgresCpuSeconds(), perWindow, measured.execution().appStepSeconds(),
				run.sqlSeconds(), known(run.heapAfterGcMb()), known(run.peakRssMb()), format(run.middleRate(), 0),
				measured.loadAtStart()));
	}

	/**
	 * A table of its own (the fixed-cost scenario's), printed after the details and
	 * written between {@code <!-- bench:NAME:begin -->} and its end marker.
	 */
	void section(String name, String markdown) {
		this.sections.put(name, markdown);
	}

	boolean broken() {
		return this.broken;
	}

	void print(PrintStream out, long totalSeconds, Path work) {
		if (!this.rows.isEmpty()) {
			out.println();
			out.println(table());
			out.println();
			out.println(LEGEND);
		}
		this.details.forEach(out::println);
		this.sections.forEach((name, markdown) -> {
			out.println();
			out.println(markdown);
		});
		out.println("total " + totalSeconds + " s; logs in " + work);
	}

	/**
	 * Replaces what stands between the markers of the file, or makes a file with them.
	 */
	void write(Path doc, String machine) throws IOException {
		if (!this.rows.isEmpty()) {
			replace(doc, BEGIN, END, String.join("\n\n", machine, table(), LEGEND, String.join("\n", this.details)));
		}
		for (Map.Entry<String, String> section : this.sections.entrySet()) {
			replace(doc, "<!-- bench:" + section.getKey() + ":begin -->", "<!-- bench:" + section.getKey() + ":end -->",
					machine + "\n\n" + section.getValue());
		}
	}

	/**
	 * Replaces what stands between the markers of the file, or adds the markers and the
	 * block at its end (making the file if there is none).
	 */
	private static void replace(Path doc, String beginMarker, String endMarker, String block) throws IOException {
		List<String> lines = Files.exists(doc) ? Files.readAllLines(doc, StandardCharsets.UTF_8) : List.of();
		int begin = lines.indexOf(beginMarker);
		int end = lines.indexOf(endMarker);
		String text;
		if (begin >= 0 && end > begin) {
			text = String.join("\n", lines.subList(0, begin + 1)) + "\n" + block + "\n"
					+ String.join("\n", lines.subList(end, lines.size())) + "\n";
		}
		else if (!lines.isEmpty()) {
			text = String.join("\n", lines) + "\n\n" + beginMarker + "\n" + block + "\n" + endMarker + "\n";
		}
		else {
			Files.createDirectories(doc.toAbsolutePath().getParent());
			text = "# Performance\n\nMeasured with `jobs/bench`.\n\n" + beginMarker + "\n" + block + "\n" + endMarker
					+ "\n";
		}
		Files.writeString(doc, text, StandardCharsets.UTF_8);
	}

	private String table() {
		List<String> lines = new ArrayList<>(List.of(HEADER, RULE));
		this.rows.forEach((row) -> lines.add("| " + row.cells() + " | " + row.notes() + " |"));
		return String.join("\n", lines);
	}

	/** The verdict on a target. */
	static String met(boolean met) {
		return met ? "met" : "MISSED";
	}

	static String format(OptionalDouble value, int decimals) {
		return format(value.orElse(Double.NaN), decimals);
	}

	static String format(double value, int decimals) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static String known(long value) {
		return (value < 0) ? "n/a" : Long.toString(value);
	}

	private record Row(String cells, StringBuilder notes) {

	}

}
