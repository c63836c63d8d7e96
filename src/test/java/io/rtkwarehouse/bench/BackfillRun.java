package io.rtkwarehouse.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.ChildJvm;

/**
 * One run of {@code java -Xmx256m -jar rtk-warehouse.jar backfill ...} against a
 * simulator and a database, sampled every half second while it runs: the window requests
 * the simulator has received, the peak RSS, the heap and the CPU of the database's
 * backends (a backend's time is lost once it exits, so the last half second of a run may
 * be missing).
 */
final class BackfillRun {

	private static final Duration SAMPLE_EVERY = Duration.ofMillis(500);

	private final Simulator simulator;

	private final BenchDatabase database;

	private final HeapWatch heap;

	private final ChildJvm process;

	private final double sqlSeconds;

	private final double endedChildrenCpu;

	private final double simulatorCpu;

	private final long started;

	private final Thread killOnExit;

	private final Map<Long, Double> backends = new HashMap<>();

	private final List<RunResult.Sample> samples = new ArrayList<>();

	private long peakRssMb = -1;

	private BackfillRun(Path log, Simulator simulator, BenchDatabase database, Backfill backfill)
			throws IOException, InterruptedException {
		this.simulator = simulator;
		this.database = database;
		this.heap = new HeapWatch();
		List<String> jvm = new ArrayList<>(List.of("-Xmx256m"));
		jvm.addAll(this.heap.jvmOptions());
		this.sqlSeconds = database.sqlSeconds();
		this.endedChildrenCpu = ProcFs.endedChildrenCpuSeconds();
		this.simulatorCpu = ProcFs.cpuSeconds(simulator.pid());
		this.started = System.nanoTime();
		this.process = ChildJvm.start(jvm,
				Map.of("CLOUDFLARE_API_TOKEN", Simulator.TOKEN, "CLOUDFLARE_ACCOUNT_ID", Simulator.ACCOUNT),
				backfill.args(simulator, database), log, false);
		long pid = this.process.pid();
		this.killOnExit = new Thread(() -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
		Runtime.getRuntime().addShutdownHook(this.killOnExit);
	}

	/** Starts the jar; its output goes to the log. */
	static BackfillRun start(Path log, Simulator simulator, BenchDatabase database, Backfill backfill)
			throws IOException, InterruptedException {
		return new BackfillRun(log, simulator, database, backfill);
	}

	/**
	 * Waits for the run, killing it after the limit, and calls the poll at every sample.
	 */
	RunResult finish(Duration limit, Poll poll) throws IOException, InterruptedException {
		long deadline = this.started + limit.toNanos();
		while (this.process.isAlive()) {
			if (System.nanoTime() >= deadline) {
				System.err.println("bench: " + this.process.outputFile().getFileName() + ": the run took longer than "
						+ limit.toSeconds() + " s: killed");
				kill();
				break;
			}
			poll.check(this);
			sample();
			this.process.waitFor(SAMPLE_EVERY);
		}
		int exitCode = this.process.waitFor();
		double wall = (System.nanoTime() - this.started) / 1e9;
		double appCpu = ProcFs.endedChildrenCpuSeconds() - this.endedChildrenCpu;
		this.samples.add(new RunResult.Sample(wall, this.simulator.stats().windowRequests()));
		this.heap.close();
		removeKillOnExit();
		double postgresCpu = this.backends.values().stream().mapToDouble(Double::doubleValue).sum();
		return new RunResult(exitCode, this.process.outputFile(), wall, appCpu,
				ProcFs.cpuSeconds(this.simulator.pid()) - this.simulatorCpu, postgresCpu,
				this.database.sqlSeconds() - this.sqlSeconds, this.peakRssMb, this.heap.peakMb(), this.heap.afterGcMb(),
				List.copyOf(this.samples));
	}

	RunResult finish(Duration limit) throws IOException, InterruptedException {
		return finish(limit, (run) -> {
		});
	}

	/** {@code kill -9}. */
	void kill() throws InterruptedException {
		this.process.killHard();
	}

	private void sample() throws IOException, InterruptedException {
		this.backends.putAll(ProcFs.postgresBackends(this.database.name()));
		double at = (System.nanoTime() - this.started) / 1e9;
		this.samples.add(new RunResult.Sample(at, this.simulator.stats().windowRequests()));
		this.peakRssMb = Math.max(this.peakRssMb, ProcFs.peakRssMb(this.process.pid()));
		this.heap.sample();
	}

	private void removeKillOnExit() {
		try {
			Runtime.getRuntime().removeShutdownHook(this.killOnExit);
		}
		catch (IllegalStateException ex) {
			// shutting down: the hook runs, and finds the process gone
		}
	}

	/** What a run loads, and with which settings. */
	record Backfill(Load load, String requestsPerSecond, int concurrency, int chunkSize, List<String> settings) {

		Backfill(Load load, long requestsPerSecond, int concurrency, int chunkSize) {
			this(load, Long.toString(requestsPerSecond), concurrency, chunkSize, List.of());
		}

		List<String> args(Simulator simulator, BenchDatabase database) {
			List<String> args = new ArrayList<>(List.of("backfill", "--from=" + this.load.from(),
					"--to=" + this.load.to(), "--rtk.base-url=" + simulator.baseUrl()));
			args.addAll(List.of(database.database().springArgs()));
			args.addAll(List.of("--rtk.rate.requests-per-second=" + this.requestsPerSecond,
					"--rtk.rate.concurrency=" + this.concurrency, "--rtk.chunk-size=" + this.chunkSize,
					"--rtk.lock.wait=60s"));
			// The scenarios measure one request per window unless they say otherwise (the
			// spans scenario does).
			if (this.settings.stream().noneMatch((setting) -> setting.startsWith("--rtk.spans.enabled="))) {
				args.add("--rtk.spans.enabled=false");
			}
			args.addAll(this.settings);
			return args;
		}

	}

	/** Called at every sample while a run goes on. */
	@FunctionalInterface
	interface Poll {

		void check(BackfillRun run) throws InterruptedException;

	}

}
