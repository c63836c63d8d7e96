package io.rtkwarehouse.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.bench.TimedProcess.Usage;

/**
 * What a command costs against what a curl + jq + psql loop costs for the same work
 * ({@code src/test/resources/bench/loop.sh}), taking turns on the same machine: a nightly
 * of 20 apps x 1 day, {@code status} and {@code gaps} over a warehouse of 100 apps x 1
 * year, and a backfill of 100 apps x 3 years. rtk-warehouse runs through the shipped
 * launchers ({@code jobs/nightly}, {@code jobs/backfill}, {@code jobs/rtk-warehouse}:
 * their JVM options and class cache, trained in a first launch that is not measured),
 * with each JDK of {@code --jdk}. Every run is measured by GNU time: wall time, CPU of
 * the process tree, peak RSS of its largest process; the table gives min, median and max
 * over the turns.
 */
final class FixedCostScenario implements Scenario {

	static final String NAME = "fixed-cost";

	private static final Path LOOP = Path.of("src", "test", "resources", "bench", "loop.sh");

	private static final String LOOP_TOOL = "curl + jq + psql loop";

	/** The nightly loads the day before its --date. */
	private static final String NIGHTLY_DAY = "2023-06-01";

	private static final int NIGHTLY_APPS = 20;

	/** The rate the project is given: no limit, as the loop has none. */
	private static final String NO_RATE_LIMIT = Long.toString(NO_LIMIT);

	private static final Pattern VERSION = Pattern.compile("version \"([^\"]+)\"");

	/**
	 * Checks that the tools it runs are there: GNU time, and bash, curl, jq and psql on
	 * the PATH.
	 */
	static void checkTools() {
		List<String> missing = new ArrayList<>();
		if (!Files.isExecutable(TimedProcess.TIME)) {
			missing.add(TimedProcess.TIME.toString());
		}
		for (String tool : List.of("bash", "curl", "jq", "psql")) {
			boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
				.anyMatch((dir) -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
			if (!found) {
				missing.add(tool);
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("the fixed-cost scenario needs " + String.join(", ", missing)
					+ " (GNU time and the loop's tools; --only names the other scenarios)");
		}
	}

	@Override
	public void run(BenchContext bench) {
		int turns = bench.variant(1, 3);
		FixedCostTable table = new FixedCostTable();
		List<Jdk> jdks = new ArrayList<>();
		try {
			for (Path home : bench.jdks()) {
				jdks.add(Jdk.of(home));
			}
			nightly(bench, turns, jdks, table);
			warehouse(bench, turns, jdks, table);
		}
		catch (Broken ex) {
			table.broken(ex.getMessage());
			bench.report().brokenRow(NAME, "launchers vs " + LOOP_TOOL, ex.getMessage());
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			System.err.println("bench: " + NAME + " broke: " + ex);
			ex.printStackTrace();
			table.broken("error: " + ex);
			bench.report().brokenRow(NAME, "launchers vs " + LOOP_TOOL, "error: " + ex.getMessage());
		}
		jdks.forEach((jdk) -> table.note("JDK " + jdk.label() + ": `" + jdk.versionLine() + "` (" + jdk.home() + ")"));
		bench.report().section(NAME, table.markdown(turns));
	}

	/**
	 * a) One day of 20 apps into a warehouse that has it already (the nightly's case).
	 */
	private void nightly(BenchContext bench, int turns, List<Jdk> jdks, FixedCostTable table) throws Exception {
		String work = "nightly " + NIGHTLY_APPS + " apps x 1 day";
		bench.print("== " + NAME + ": " + work);
		bench.noteLoad();
		table.note("nightly: load average at start " + ProcFs.loadAverage() + ".");
		try (Simulator simulator = Simulator.start(bench.work().resolve("fixed-cost-nightly-simulator.log"),
				List.of("--apps=" + NIGHTLY_APPS));
				BenchDatabase rtk = bench.database("fixed-cost-nightly");
				BenchDatabase loop = bench.database("fixed-cost-nightly-loop")) {
			String date = LocalDate.parse(NIGHTLY_DAY).plusDays(1).toString();
			Map<Jdk, Runner> ours = new HashMap<>();
			for (Jdk jdk : jdks) {
				ours.put(jdk,
						new Runner(bench, "fixed-cost-nightly-" + jdk.label(), environment(bench, simulator, rtk, jdk),
								List.of(jobs("nightly"), "--date=" + date, "--rtk.base-url=" + simulator.baseUrl()),
								Duration.ofMinutes(15)));
			}
			Runner theirs = new Runner(bench, "fixed-cost-nightly-loop",
					environment(bench, simulator, loop, jdks.get(0)),
					List.of("bash", LOOP.toString(), "load", NIGHTLY_DAY, NIGHTLY_DAY), Duration.ofMinutes(5));
			// Not measured: the first launch trains the class cache, and both make their
			// tables; every turn after that finds the day loaded and loads it again.
			for (Jdk jdk : jdks) {
				ours.get(jdk).warmUp();
			}
			theirs.warmUp();
			Series loopSeries = new Series();
			Map<Jdk, Series> ourSeries = new HashMap<>();
			jdks.forEach((jdk) -> ourSeries.put(jdk, new Series()));
			for (int turn = 0; turn < turns; turn++) {
				for (Jdk jdk : jdks) {
					long before = simulator.stats().requests();
					ourSeries.get(jdk).add(ours.get(jdk).once());
					ourSeries.get(jdk).requests(simulator.stats().requests() - before);
					rows(rtk, "rtk.livestream_daily", NIGHTLY_DAY, NIGHTLY_APPS);
				}
				long before = simulator.stats().requests();
				loopSeries.add(theirs.once());
				loopSeries.requests(simulator.stats().requests() - before);
				rows(loop, "daily", NIGHTLY_DAY, NIGHTLY_APPS);
			}
			for (Jdk jdk : jdks) {
				Series series = ourSeries.get(jdk);
				double ratio = series.cpu().median() / loopSeries.cpu().median();
				table.row(work, "rtk-warehouse: jobs/nightly, JDK " + jdk.label(), series,
						"CPU <= 4x the loop's, peak RSS <= 200 MiB", Report.met(ratio <= 4 && series.rss().max() <= 200)
								+ " (" + Report.format(ratio, 1) + "x the loop's CPU)");
			}
			table.row(work, LOOP_TOOL, loopSeries, "", "");
			table.note("nightly: rtk-warehouse with RTK_LOOKBACK_DAYS=0 and rtk.rate.requests-per-second="
					+ NO_RATE_LIMIT + " (the loop does not pace either), the other settings its defaults; API requests"
					+ " per run: rtk-warehouse " + ourSeries.get(jdks.get(0)).requestsText() + " (the apps list, the"
					+ " range check and one per app), the loop " + loopSeries.requestsText() + " (the apps list pages"
					+ " and one per app).");
		}
	}

	/**
	 * b, c) status and gaps over a warehouse of 100 apps x 1 year, loaded once by the
	 * project; d) backfills of 100 apps x 3 years, each into an empty database.
	 */
	private void warehouse(BenchContext bench, int turns, List<Jdk> jdks, FixedCostTable table) throws Exception {
		Load year = bench.variant(new Load(20, "2023-10-03", YEAR_TO), new Load(100, YEAR_FROM, YEAR_TO));
		Load years = bench.variant(new Load(20, YEAR_FROM, YEAR_TO), new Load(100, YEARS3_FROM, YEAR_TO));
		bench.print("== " + NAME + ": status and gaps over " + year + ", backfill of " + years);
		try (Simulator simulator = Simulator.start(bench.work().resolve("fixed-cost-warehouse-simulator.log"),
				List.of("--apps=" + years.apps())); BenchDatabase warehouse = bench.database("fixed-cost-warehouse")) {
			Jdk first = jdks.get(0);
			Map<String, String> loadEnvironment = environment(bench, simulator, warehouse, first);
			Usage load = new Runner(bench, "fixed-cost-warehouse-load", loadEnvironment, backfill(simulator, year),
					Duration.ofSeconds(year.windows() / 20 + 600))
				.once();
			rows(warehouse, "rtk.livestream_daily", null, year.windows());
			table.note("status and gaps: the warehouse of " + year + " (" + year.windows()
					+ " windows) loaded once by jobs/backfill in " + Report.format(load.wallSeconds(), 1) + " s, "
					+ Report.format(load.cpuSeconds(), 1) + " CPU s, peak RSS " + Report.format(load.rssMib(), 0)
					+ " MiB; the loop's queries read the same rows (rtk.livestream_daily); load average at start "
					+ ProcFs.loadAverage() + ".");
			Map<String, String> loopEnvironment = new HashMap<>(loadEnvironment);
			loopEnvironment.put("LOOP_TABLE", "rtk.livestream_daily");
			compare(bench, turns, jdks, table, "status, " + year,
					(jdk) -> new Runner(bench, "fixed-cost-status-" + jdk.label(),
							environment(bench, simulator, warehouse, jdk), List.of(jobs("rtk-warehouse"), "status"),
							Duration.ofMinutes(5)),
					new Runner(bench, "fixed-cost-status-loop", loopEnvironment,
							List.of("bash", LOOP.toString(), "status"), Duration.ofMinutes(5)));
			compare(bench, turns, jdks, table, "gaps over " + year.days() + " days, " + year.apps() + " apps",
					(jdk) -> new Runner(bench, "fixed-cost-gaps-" + jdk.label(),
							environment(bench, simulator, warehouse, jdk),
							List.of(jobs("rtk-warehouse"), "gaps", "--from=" + year.from(), "--to=" + year.to()),
							Duration.ofMinutes(5)),
					new Runner(bench, "fixed-cost-gaps-loop", loopEnvironment,
							List.of("bash", LOOP.toString(), "gaps", year.from(), year.to()), Duration.ofMinutes(5)));
			backfills(bench, turns, first, table, simulator, years);
		}
	}

	/** status or gaps, in turns; target: 2 CPU s and 1 s wall. */
	private void compare(BenchContext bench, int turns, List<Jdk> jdks, FixedCostTable table, String work,
			Function<Jdk, Runner> ours, Runner theirs) throws Exception {
		bench.print("== " + NAME + ": " + work);
		Map<Jdk, Series> ourSeries = new HashMap<>();
		jdks.forEach((jdk) -> ourSeries.put(jdk, new Series()));
		Series loopSeries = new Series();
		for (int turn = 0; turn < turns; turn++) {
			for (Jdk jdk : jdks) {
				ourSeries.get(jdk).add(ours.apply(jdk).once());
			}
			loopSeries.add(theirs.once());
		}
		String command = work.substring(0, work.indexOf(' ')).replace(",", "");
		for (Jdk jdk : jdks) {
			Series series = ourSeries.get(jdk);
			table.row(work, "rtk-warehouse: jobs/rtk-warehouse " + command + ", JDK " + jdk.label(), series,
					"CPU <= 2 s, wall <= 1 s", Report.met(series.cpu().median() <= 2 && series.wall().median() <= 1));
		}
		table.row(work, LOOP_TOOL, loopSeries, "", "");
	}

	/**
	 * d) A backfill into an empty database per run, at zero latency and no rate limit,
	 * with the first JDK only (the longest runs). The loop's turns after its first only
	 * when that one took less than 4 minutes.
	 */
	private void backfills(BenchContext bench, int turns, Jdk jdk, FixedCostTable table, Simulator simulator,
			Load years) throws Exception {
		String work = "backfill " + years + " (" + years.windows() + " windows)";
		bench.print("== " + NAME + ": " + work);
		table.note("backfill: load average at start " + ProcFs.loadAverage() + ".");
		Duration limit = Duration.ofSeconds(years.windows() / 20 + 900);
		Series ours = new Series();
		Series loopSeries = new Series();
		boolean loopTurns = true;
		for (int turn = 0; turn < turns; turn++) {
			try (BenchDatabase database = bench.database("fixed-cost-backfill")) {
				ours.add(new Runner(bench, "fixed-cost-backfill-" + jdk.label(),
						environment(bench, simulator, database, jdk), backfill(simulator, years), limit)
					.once());
				rows(database, "rtk.livestream_daily", null, years.windows());
			}
			if (loopTurns) {
				try (BenchDatabase database = bench.database("fixed-cost-backfill-loop")) {
					Usage usage = new Runner(bench, "fixed-cost-backfill-loop",
							environment(bench, simulator, database, jdk),
							List.of("bash", LOOP.toString(), "load", years.from(), years.to()), limit)
						.once();
					loopSeries.add(usage);
					rows(database, "daily", null, years.windows());
					if (usage.wallSeconds() > 240) {
						loopTurns = false;
						table.note("backfill: the loop's first turn took " + Report.format(usage.wallSeconds(), 0)
								+ " s, so it ran once.");
					}
				}
			}
		}
		table.row(work, "rtk-warehouse: jobs/backfill, JDK " + jdk.label(), ours, "peak RSS <= 256 MiB",
				Report.met(ours.rss().max() <= 256));
		table.row(work, LOOP_TOOL, loopSeries, "", "");
		table.note("backfill: zero simulator latency, rtk-warehouse with rtk.rate.requests-per-second=" + NO_RATE_LIMIT
				+ " and its default concurrency and chunk size; each run into an empty database; with the first JDK"
				+ " only, to keep the run short.");
	}

	private static List<String> backfill(Simulator simulator, Load load) {
		return List.of(jobs("backfill"), "--from=" + load.from(), "--to=" + load.to(),
				"--rtk.base-url=" + simulator.baseUrl());
	}

	private static String jobs(String launcher) {
		return Path.of("jobs", launcher).toAbsolutePath().toString();
	}

	/**
	 * The environment of every run: the database through the PG* variables (which both
	 * the project and psql read), the simulator's token and account, no environment file,
	 * the JDK, the jar, a class cache of the benchmark's own, no rate limit; nothing else
	 * of RTK_* or JAVA_OPTS from this JVM's environment.
	 */
	private static Map<String, String> environment(BenchContext bench, Simulator simulator, BenchDatabase database,
			Jdk jdk) {
		Map<String, String> environment = new HashMap<>();
		System.getenv().keySet().forEach((name) -> {
			if (name.startsWith("RTK_") || name.startsWith("CLOUDFLARE_") || name.startsWith("SPRING_")
					|| name.equals("JAVA_OPTS") || name.equals("JDK_JAVA_OPTIONS") || name.equals("_JAVA_OPTIONS")) {
				environment.put(name, null);
			}
		});
		environment.put("PGHOST", database.database().host());
		environment.put("PGPORT", Integer.toString(database.database().port()));
		environment.put("PGUSER", database.database().username());
		environment.put("PGPASSWORD", database.database().password());
		environment.put("PGDATABASE", database.name());
		environment.put("CLOUDFLARE_API_TOKEN", Simulator.TOKEN);
		environment.put("CLOUDFLARE_ACCOUNT_ID", Simulator.ACCOUNT);
		environment.put("API", simulator.baseUrl());
		environment.put("RTK_ENV_FILE", "");
		environment.put("RTK_JAR", Path.of("target", "rtk-warehouse.jar").toAbsolutePath().toString());
		environment.put("RTK_CACHE_DIR", bench.work().resolve("class-cache").toAbsolutePath().toString());
		environment.put("JAVA_HOME", jdk.home().toString());
		environment.put("RTK_LOOKBACK_DAYS", "0");
		environment.put("RTK_RATE_REQUESTS_PER_SECOND", NO_RATE_LIMIT);
		return environment;
	}

	/** Checks that the table holds the rows expected (of one day, or of every day). */
	private static void rows(BenchDatabase database, String table, String day, long expected) throws Broken {
		String sql = "SELECT count(*) FROM " + table + ((day == null) ? "" : " WHERE day = '" + day + "'");
		long rows = database.database().jdbc().sql(sql).query(Long.class).single();
		if (rows != expected) {
			throw new Broken(table + " of " + database.name() + " holds " + rows + " rows, not " + expected);
		}
	}

	/** One command, run as often as needed; each run must exit 0. */
	private static final class Runner {

		private final BenchContext bench;

		private final String label;

		private final Map<String, String> environment;

		private final List<String> command;

		private final Duration limit;

		Runner(BenchContext bench, String label, Map<String, String> environment, List<String> command,
				Duration limit) {
			this.bench = bench;
			this.label = label;
			this.environment = environment;
			this.command = command;
			this.limit = limit;
		}

		/** A run that is not measured: it trains the class cache or makes the tables. */
		void warmUp() throws Broken, IOException, InterruptedException {
			run("warm-up, not counted");
		}

		Usage once() throws Broken, IOException, InterruptedException {
			return run("measured");
		}

		private Usage run(String what) throws Broken, IOException, InterruptedException {
			Path log = this.bench.work().resolve(this.label + ".out");
			Usage usage = TimedProcess.run(this.command, this.environment, log, this.limit);
			if (usage.exitCode() != 0) {
				throw new Broken(this.label + " exited " + usage.exitCode() + " (log " + log + ")");
			}
			this.bench.print(String.format(Locale.ROOT, "%s (%s): %.2f s wall, %.2f CPU s, peak RSS %.0f MiB",
					this.label, what, usage.wallSeconds(), usage.cpuSeconds(), usage.rssMib()));
			return usage;
		}

	}

	/** A JDK's home, the first line of its {@code java -version}, and a short label. */
	record Jdk(Path home, String versionLine, String label) {

		static Jdk of(Path home) throws Broken, IOException, InterruptedException {
			Path java = home.resolve("bin").resolve("java");
			Process version = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
			String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (version.waitFor() != 0 || output.isBlank()) {
				throw new Broken("no JDK at " + home + ": " + java + " -version failed");
			}
			String first = output.lines().findFirst().orElse("").trim();
			Matcher matcher = VERSION.matcher(first);
			return new Jdk(home, first, matcher.find() ? matcher.group(1) : home.getFileName().toString());
		}

	}

}
