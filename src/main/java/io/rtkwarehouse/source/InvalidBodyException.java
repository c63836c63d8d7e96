package io.rtkwarehouse.source;

/**
 * A successful answer whose body is no good, with a short sentence that names the field;
 * {@code retryable} when another try may help (a body cut off in transit).
 */
public final class InvalidBodyException extends Exception {

	private final boolean retryable;

	public InvalidBodyException(String message, boolean retryable) {
		super(message, null, false, false);
		this.retryable = retryable;
	}

	public boolean retryable() {
		return this.retryable;
	}

}
