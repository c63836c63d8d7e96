package io.rtkwarehouse.source;

/** A call that is not about one window (app discovery) failed after its retries. */
public class ApiException extends RuntimeException {

	ApiException(String message) {
		super(message);
	}

}
