package io.rtkwarehouse.source;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

import javax.net.ssl.SSLException;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.config.Units;

/**
 * Says why a request got no complete answer. A timeout is named by the setting that ended
 * it: OkHttp closes the socket when one fires, and the cause at the bottom of the chain
 * ("Socket closed") would hide it. Anything else is the network's own word.
 */
final class NoAnswer {

	private final RtkProperties properties;

	NoAnswer(RtkProperties properties) {
		this.properties = properties;
	}

	/** The request failed before its answer came. */
	String beforeTheAnswer(Throwable ex) {
		String timeout = timeout(ex);
		return (timeout != null) ? timeout : "no answer from " + this.properties.baseUrl() + ": " + rootMessage(ex);
	}

	/** The body broke off after the status line. */
	String duringTheBody(Throwable ex) {
		String timeout = timeout(ex);
		return (timeout != null) ? timeout : "answer cut off: " + rootMessage(ex);
	}

	/**
	 * The timeout that ended the request, or {@code null}. Feign reads a small body
	 * before it returns the answer, so a read timeout is worded the same in the body as
	 * before it.
	 */
	private String timeout(Throwable ex) {
		RtkProperties.Http http = this.properties.http();
		return switch (kind(ex)) {
			case CALL -> "no complete answer within rtk.http.call-timeout (" + Units.duration(http.callTimeout()) + ")";
			case CONNECT -> "could not connect to " + this.properties.baseUrl() + " within rtk.http.connect-timeout ("
					+ Units.duration(http.connectTimeout()) + ")";
			case READ -> "no answer within rtk.http.read-timeout (" + Units.duration(http.readTimeout()) + ")";
			case NONE -> null;
		};
	}

	/**
	 * Which timeout ended the request, the outermost one: OkHttp reports its call timeout
	 * as a plain {@link InterruptedIOException} "timeout", a read or connect timeout as a
	 * {@link SocketTimeoutException}.
	 */
	static Timeout kind(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SocketTimeoutException) {
				String message = (cause.getMessage() != null) ? cause.getMessage().toLowerCase(Locale.ROOT) : "";
				return message.contains("connect") ? Timeout.CONNECT : Timeout.READ;
			}
			if (cause instanceof InterruptedIOException && "timeout".equals(cause.getMessage())) {
				return Timeout.CALL;
			}
		}
		return Timeout.NONE;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage().strip() : "";
		// Words, not the exception's class: the operator reads it, DEBUG has the trace.
		String words;
		if (root instanceof UnknownHostException) {
			words = "unknown host" + (message.isEmpty() ? "" : " " + message);
		}
		else if (root instanceof SSLException) {
			words = "TLS failed" + (message.isEmpty() ? "" : ": " + message);
		}
		else if (root instanceof EOFException) {
			words = "the connection ended early" + (message.isEmpty() ? "" : ": " + message);
		}
		else if (root instanceof ConnectException) {
			words = message.isEmpty() ? "connection refused" : message;
		}
		else {
			words = message.isEmpty() ? "a network failure" : message;
		}
		return RedactingFeignLogger.redact(words);
	}

	enum Timeout {

		CALL, CONNECT, READ, NONE

	}

}
