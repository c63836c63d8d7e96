package io.rtkwarehouse.cli;

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

	private static void received(Signal signal) {
		int exitCode = 128 + signal.getNumber();
		BiPredicate<String, Integer> stop = graceful;
		if (received || stop == null || !stop.test(signal.getName(), exitCode)) {
			// No job runs: nothing to finish (a transaction in flight is rolled back by
			// the server).
			System.err.println(System.lineSeparator() + "SIG" + signal.getName() + ": stopped");
			System.out.flush();
			System.err.flush();
			Runtime.getRuntime().halt(exitCode);
		}
		received = true;
	}

}
