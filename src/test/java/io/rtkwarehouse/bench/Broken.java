package io.rtkwarehouse.bench;

/**
 * A run that did not work: it failed, rows are missing, or the simulator did not start.
 */
final class Broken extends Exception {

	Broken(String what) {
		super(what);
	}

}
