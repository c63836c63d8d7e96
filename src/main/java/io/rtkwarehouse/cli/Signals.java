package io.rtkwarehouse.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;

import sun.misc.Signal;

/**
 * SIGTERM (Kubernetes, systemd) and SIGINT (Ctrl-C). While a job runs, the first one
 * stops it gracefully and the run exits 128 + the signal's number (143, 130) once its
 * chunk is committed; a second one, or one that comes when no job runs, ends the process
 * at once with that code.
 */
final class Signals {

	private static volatile BiPredicate<String, Integer> graceful;

	private static volatile boolean received;

	private static final List<Runnable> atHalt = new CopyOnWriteArrayList<>();

	private Signals() {
	}

	static void install() {
		for (String name : new String[] { "TERM", "INT" }) {
			Signal.handle(new Signal(name), Signals::received);
		}
	}

	/** While a context is up: what stops its job, if one runs (false when none does). */
	static void whileRunning(BiPredicate<String, Integer> stop) {
		graceful = stop;
	}

	static void done() {
		graceful = null;
	}

	/**
	 * What must happen even when a signal ends the process at once, which runs no
	 * shutdown hooks: stopping a server the process started (the demo's PostgreSQL).
	 * @return what forgets it again
	 */
	static Runnable atHalt(Runnable cleanup) {
		atHalt.add(cleanup);
		return () -> atHalt.remove(cleanup);
	}

	private static void received(Signal signal) {
		int exitCode = 128 + signal.getNumber();
		BiPredicate<String, Integer> stop = graceful;
		if (received || stop == null || !stop.test(signal.getName(), exitCode)) {
			// No job runs: nothing to finish (a transaction in flight is rolled back by
			// the server).
			System.err.println(System.lineSeparator() + "SIG" + signal.getName() + ": stopped");
			System.out.flush();
			System.err.flush();
			for (Runnable cleanup : atHalt) {
				try {
					cleanup.run();
				}
				catch (RuntimeException ex) {
					// The process ends anyway; the cleanup's own shutdown hook is lost
					// with it.
				}
			}
			Runtime.getRuntime().halt(exitCode);
		}
		received = true;
	}

}
