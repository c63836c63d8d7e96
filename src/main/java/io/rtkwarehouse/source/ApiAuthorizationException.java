package io.rtkwarehouse.source;

/**
 * The API refused the token (401 or 403). Every other window would fail the same way, so
 * the run stops at once.
 */
public class ApiAuthorizationException extends RuntimeException {

	private final int status;

	ApiAuthorizationException(int status, ApiError error, String what, String tokenSetting) {
		super("the API refused the token with HTTP " + status + " (" + error + ") while fetching " + what
				+ ": check that " + tokenSetting + " is valid and has the \"Realtime\" or \"Realtime Admin\""
				+ " permission for this account");
		this.status = status;
	}

	public int status() {
		return this.status;
	}

}
