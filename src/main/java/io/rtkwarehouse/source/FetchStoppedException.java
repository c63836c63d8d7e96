package io.rtkwarehouse.source;

/**
 * The run is stopping (SIGTERM, Ctrl-C): no new request starts. The window stays as it
 * was, neither loaded nor failed, and the next run fetches it.
 */
public class FetchStoppedException extends RuntimeException {

	FetchStoppedException() {
		super("the run is stopping: no new request starts", null, false, false);
	}

}
