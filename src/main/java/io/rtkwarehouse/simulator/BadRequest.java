package io.rtkwarehouse.simulator;

/** A query parameter the endpoint refuses; its message goes into the 400 body. */
final class BadRequest extends RuntimeException {

	private static final long serialVersionUID = 1L;

	BadRequest(String message) {
		super(message, null, false, false);
	}

}
