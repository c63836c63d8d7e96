package io.rtkwarehouse.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The three-year scale run, killed with {@code kill -9} once half its windows are
 * committed (polling {@code rtk.window_ledger}), then the same command again: the
 * measured run. Target: the rerun requests no more windows than were not committed, plus
 * one chunk per app step that was running at the kill.
 */
final class RestartScenario implements Scenario {

	@Override
	public void run(BenchContext bench) {
		Load load = bench.variant(new Load(20, YEAR_FROM, YEAR_TO), new Load(100, YEARS3_FROM, YEAR_TO));
		Duration limit = Duration.ofSeconds(load.windows() / 20 + 900);
		bench.print("== restart: " + load + ", kill -9 at about half, then the same command again");
		AtomicReference<Kill> kill = new AtomicReference<>();
		Plan plan = Plan
			.of("restart", UNLIMITED_SETTINGS, List.of("--apps=" + load.apps()), Scenario.unlimited(load), limit)
			.titled("restart (rerun after kill -9)")
			.after((simulator, database) -> {
				kill.set(killAtHalf(bench, simulator, database, load, limit));
				bench.noteLoad();
			});
		bench.measured(plan, (rerun) -> notes(rerun, kill.get(), load.windows()))
			.ifPresent((rerun) -> bench.report()
				.detail("restart: the killed run made " + kill.get().requests() + " window requests and committed "
						+ kill.get().committed() + " windows; the rerun made " + rerun.requests() + " for the "
						+ (load.windows() - kill.get().committed()) + " not committed."));
	}

	/** The first run, killed once half the windows are committed, and what it left. */
	private static Kill killAtHalf(BenchContext bench, Simulator simulator, BenchDatabase database, Load load,
			Duration limit) throws Broken, IOException, InterruptedException {
		AtomicBoolean killed = new AtomicBoolean();
		RunResult first = bench.launch("restart-first", simulator, database, Scenario.unlimited(load))
			.finish(limit, (run) -> {
				if (!killed.get() && database.loadedWindows() >= load.windows() / 2) {
					run.kill();
					killed.set(true);
				}
			});
		if (!killed.get()) {
			throw new Broken("the first run ended (exit " + first.exitCode() + ") before it could be killed at half");
		}
		Kill kill = new Kill(database.loadedWindows(), simulator.stats().windowRequests(),
				database.unfinishedAppSteps());
		bench.print("   killed with " + kill.committed() + " of " + load.windows() + " windows committed ("
				+ kill.requests() + " window requests made, " + kill.runningSteps() + " app steps running)");
		return kill;
	}

	private static String notes(Measurement rerun, Kill kill, long total) {
		long uncommitted = total - kill.committed();
		long bound = uncommitted + UNLIMITED_CHUNK * kill.runningSteps();
		return "killed at " + kill.committed() + "/" + total + " committed; rerun window requests " + rerun.requests()
				+ " vs " + uncommitted + " not committed (+ " + UNLIMITED_CHUNK + " x " + kill.runningSteps()
				+ " app steps running at the kill = " + bound + "): " + Report.met(rerun.requests() <= bound);
	}

	/**
	 * What the killed run left: windows committed, window requests made, app steps
	 * running.
	 */
	private record Kill(long committed, long requests, long runningSteps) {

	}

}
