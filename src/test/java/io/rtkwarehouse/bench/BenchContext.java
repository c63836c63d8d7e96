package io.rtkwarehouse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * What the scenarios share: the size of the run (quick or full), the work directory for
 * logs, the report, and the way a scenario starts a simulator, makes a database, runs the
 * jar and measures a run.
 */
final class BenchContext {

	private final Report report = new Report();

	private final boolean quick;

	private final Path work;

	private final List<Path> jdks;

	private String loadAtStart = "n/a";

	private OptionalDouble fixedCpu = OptionalDouble.empty();

	BenchContext(boolean quick, Path work, List<Path> jdks) {
		this.quick = quick;
		this.work = work;
		this.jdks = jdks;
	}

	/** Where the logs go. */
	Path work() {
		return this.work;
	}

	/** The JDKs (homes) with which the fixed-cost scenario runs the launchers. */
	List<Path> jdks() {
		return this.jdks;
	}

	/** The short variant with --quick, else the full one. */
	<T> T variant(T quick, T full) {
		return this.quick ? quick : full;
	}

	Report report() {
		return this.report;
	}

	void print(String line) {
		System.out.println(line);
	}

	/**
	 * Runs the plan's prelude and its backfill, each with a fresh simulator and database,
	 * and adds its row with these notes. Empty when it broke (its row says so).
	 */
	Optional<Measurement> measured(Plan plan, Function<Measurement, String> notes) {
		AtomicReference<Measurement> measured = new AtomicReference<>();
		scenario(plan.scenario(), plan.settings(), () -> {
			try (Simulator simulator = Simulator.start(this.work.resolve(plan.label() + "-simulator.log"),
					plan.simulatorOptions()); BenchDatabase database = database(plan.label())) {
				plan.prelude().run(simulator, database);
				simulator.reset();
				RunResult run = launch(plan.label(), simulator, database, plan.backfill()).finish(plan.limit());
				measured.set(measure(plan.scenario(), run, simulator, database, plan.backfill().load().windows()));
				this.report.row(measured.get(), plan.settings(), notes.apply(measured.get()));
			}
		});
		return Optional.ofNullable(measured.get());
	}

	/** The app CPU of a run that loads almost nothing: charged once to every run. */
	void fixedCost(double appCpuSeconds) {
		this.fixedCpu = OptionalDouble.of(appCpuSeconds);
	}

	/** Notes the load average at the start of what is measured next. */
	void noteLoad() {
		this.loadAtStart = ProcFs.loadAverage();
	}

	BenchDatabase database(String name) throws Broken {
		try {
			return new BenchDatabase(name);
		}
		catch (IllegalStateException ex) {
			System.err.println("bench: cannot create a database: " + ex.getMessage());
			throw new Broken("database");
		}
	}

	BackfillRun launch(String label, Simulator simulator, BenchDatabase database, BackfillRun.Backfill backfill)
			throws IOException, InterruptedException {
		return BackfillRun.start(this.work.resolve(label + ".out"), simulator, database, backfill);
	}

	/**
	 * Runs one measured part of a scenario; when it breaks, its row says so. The load
	 * average is noted at its start.
	 */
	private void scenario(String scenario, String settings, Body body) {
		noteLoad();
		try {
			body.run();
		}
		catch (Broken ex) {
			this.report.brokenRow(scenario, settings, ex.getMessage());
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			System.err.println("bench: " + scenario + " broke: " + ex);
			ex.printStackTrace();
			this.report.brokenRow(scenario, settings, "error: " + ex.getMessage());
		}
	}

	/**
	 * The measurement of a run that worked: it exited 0 and every one of the expected
	 * rows is there. Adds its detail line to the report.
	 */
	private Measurement measure(String scenario, RunResult run, Simulator simulator, BenchDatabase database,
			long expectedRows) throws Broken, IOException, InterruptedException {
		if (run.exitCode() != 0) {
			System.err.println("bench: " + scenario + " exited " + run.exitCode() + "; see " + run.log());
			List<String> lines = Files.readAllLines(run.log());
			lines.subList(Math.max(0, lines.size() - 5), lines.size()).forEach(System.err::println);
			throw new Broken("exit " + run.exitCode() + " (log " + run.log() + ")");
		}
		long rows = database.dailyRows();
		if (rows != expectedRows) {
			System.err.println("bench: " + scenario + " completed but rtk.livestream_daily holds " + rows
					+ " rows, not " + expectedRows);
			throw new Broken(rows + " of " + expectedRows + " rows loaded");
		}
		Measurement measured = new Measurement(scenario, run, database.lastExecution(), simulator.stats(),
				database.batchRows(), this.loadAtStart);
		this.report.detail(measured, this.fixedCpu);
		return measured;
	}

	/** A measured part of a scenario. */
	@FunctionalInterface
	private interface Body {

		void run() throws Exception;

	}

}
