package io.rtkwarehouse.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The performance benchmark ({@code ./mvnw -Pbench verify}, or {@code jobs/bench}): runs
 * real backfills through the real jar against the project's API simulator and a real
 * PostgreSQL, prints one table and writes it into {@code docs/performance.md}. It
 * reports; it does not fail on slow numbers.
 */
@Command(name = "bench",
		description = "Runs real backfills through target/rtk-warehouse.jar against the API simulator and PostgreSQL,"
				+ " prints one table and writes it into docs/performance.md. Reports; never fails on a slow number.",
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:every run worked (whatever its speed)",
				"1:something broke (a run exited non-zero, rows are missing, the simulator did not start)",
				"2:bad usage or a missing prerequisite" })
public final class Benchmark implements Callable<Integer> {

	private static final Map<String, Scenario> SCENARIOS = scenarios();

	private static final Path DOC = Path.of("docs", "performance.md");

	@Spec
	private CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "print this help")
	private boolean help;

	@Option(names = "--quick", description = "short variants of every scenario, a smoke check of a few minutes")
	private boolean quick;

	@Option(names = "--only", split = ",", paramLabel = "S",
			description = "run one scenario: budget, quota, latency, overhead, scale, restart, accounts, fixed-cost or spans"
					+ " (may be repeated, or a comma-separated list)")
	private List<String> only = new ArrayList<>();

	@Option(names = "--jdk", paramLabel = "DIR",
			description = "fixed-cost: run the launchers with the JDK at DIR (its JAVA_HOME; may be repeated; default"
					+ " the JDK that runs the benchmark)")
	private List<Path> jdks = new ArrayList<>();

	@ArgGroup(exclusive = true)
	private Docs docs;

	/**
	 * Runs the benchmark; with {@code -Dbench.exit-code-file}, its exit code is also
	 * written there, as 1 (something broke) until it has one.
	 */
	public static void main(String[] args) throws IOException {
		writeExitCode(1);
		int exitCode = new CommandLine(new Benchmark()).execute(args);
		writeExitCode(exitCode);
		System.exit(exitCode);
	}

	private static void writeExitCode(int exitCode) throws IOException {
		String file = System.getProperty("bench.exit-code-file");
		if (file != null) {
			Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
			Files.writeString(Path.of(file), exitCode + "\n");
		}
	}

	@Override
	public Integer call() throws IOException {
		for (String name : this.only) {
			if (!SCENARIOS.containsKey(name)) {
				throw new ParameterException(this.spec.commandLine(),
						"unknown scenario '" + name + "' (one of: " + String.join(" ", SCENARIOS.keySet()) + ")");
			}
		}
		String postgres;
		try {
			if (this.only.isEmpty() || this.only.contains(FixedCostScenario.NAME)) {
				FixedCostScenario.checkTools();
			}
			postgres = checkPrerequisites();
		}
		catch (IllegalStateException ex) {
			System.err.println("bench: " + ex.getMessage());
			return 2;
		}
		String machine = machine(postgres);
		Path work = workDirectory();
		System.out.println(machine);
		System.out.println("logs: " + work);
		long started = System.nanoTime();
		List<Path> jdks = this.jdks.isEmpty() ? List.of(Path.of(System.getProperty("java.home"))) : this.jdks;
		BenchContext bench = new BenchContext(this.quick, work, jdks);
		SCENARIOS.forEach((name, scenario) -> {
			if (this.only.isEmpty() || this.only.contains(name)) {
				scenario.run(bench);
			}
		});
		bench.report().print(System.out, (System.nanoTime() - started) / 1_000_000_000L, work);
		boolean full = !this.quick && this.only.isEmpty();
		if ((this.docs == null) ? full : this.docs.write) {
			bench.report().write(DOC, machine);
			System.out.println("table written to " + DOC.toAbsolutePath());
		}
		return bench.report().broken() ? 1 : 0;
	}

	/** The scenarios by their names for --only, in the order they run. */
	private static Map<String, Scenario> scenarios() {
		Map<String, Scenario> scenarios = new LinkedHashMap<>();
		scenarios.put("budget", new BudgetScenario());
		scenarios.put("quota", new QuotaScenario());
		scenarios.put("latency", new LatencyScenario());
		scenarios.put("overhead", new OverheadScenario());
		scenarios.put("scale", new ScaleScenario());
		scenarios.put("restart", new RestartScenario());
		scenarios.put("accounts", new AccountsScenario());
		scenarios.put(FixedCostScenario.NAME, new FixedCostScenario());
		scenarios.put(SpansScenario.NAME, new SpansScenario());
		return scenarios;
	}

	/**
	 * Checks the prerequisites (the jar; a PostgreSQL on loopback, checked before
	 * connecting, on which a database can be made) and returns the server's version.
	 */
	private static String checkPrerequisites() {
		if (!Files.exists(Path.of("target", "rtk-warehouse.jar"))) {
			throw new IllegalStateException("no jar at target/rtk-warehouse.jar: run ./mvnw -Pbench verify");
		}
		String host = Optional.ofNullable(System.getenv("PGHOST")).filter((set) -> !set.isBlank()).orElse("localhost");
		if (!Set.of("127.0.0.1", "localhost", "::1").contains(host)) {
			throw new IllegalStateException(
					"runs on loopback only; PGHOST must be 127.0.0.1, localhost or ::1 (got " + host + ")");
		}
		try (BenchDatabase check = new BenchDatabase("check")) {
			return check.database().jdbc().sql("SHOW server_version").query(String.class).single();
		}
	}

	private String machine(String postgres) {
		String java = (System.getProperty("java.runtime.name").startsWith("OpenJDK") ? "openjdk" : "java")
				+ " version \"" + System.getProperty("java.version") + "\" " + System.getProperty("java.version.date");
		return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + ProcFs.cpuModel() + "), "
				+ Report.format(ProcFs.memoryGib(), 1) + " GiB memory; " + java + "; PostgreSQL " + postgres
				+ " on loopback; date "
				+ ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT))
				+ " UTC; commit " + commit() + (this.quick ? "; --quick variants" : "") + ".";
	}

	private static String commit() {
		try {
			Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true)
				.start();
			String described = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return (git.waitFor() == 0) ? described : "unknown";
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

	/** {@code BENCH_WORK}, or a new directory under the temporary directory. */
	private static Path workDirectory() throws IOException {
		String work = System.getenv("BENCH_WORK");
		return (work == null || work.isBlank()) ? Files.createTempDirectory("rtk-bench.")
				: Files.createDirectories(Path.of(work));
	}

	/**
	 * Whether the table goes into docs/performance.md; without either, only after a full
	 * run.
	 */
	static final class Docs {

		@Option(names = "--docs",
				description = "write the table into docs/performance.md (default only for a full run)")
		private boolean write;

		@Option(names = "--no-docs", description = "never write docs/performance.md")
		private boolean never;

	}

}
