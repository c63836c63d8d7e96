package io.rtkwarehouse.source;

/** A call that is not about one window (app discovery) failed after its retries. */
public class ApiException extends RuntimeException {

	private final boolean answered;

	ApiException(String message) {
		this(message, false);
	}

	public ApiException(String message, boolean answered) {
		super(message);
		this.answered = answered;
	}

	/**
	 * Whether the API answered (an HTTP error, a body that is no good) rather than not at
	 * all (refused, unreachable, timed out).
	 */
	public boolean answered() {
		return this.answered;
	}

}
