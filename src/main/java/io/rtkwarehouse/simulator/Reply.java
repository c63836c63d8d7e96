package io.rtkwarehouse.simulator;

import java.time.Duration;
import java.util.Map;

/** A response about to be sent, with the delay it waits first (beyond the latency). */
record Reply(int status, StreamedBody body, Map<String, String> headers, Duration delay) {

	Reply(int status, String body, Map<String, String> headers, Duration delay) {
		this(status, StreamedBody.whole(body), headers, delay);
	}

	Reply(int status, String body) {
		this(status, body, Map.of(), Duration.ZERO);
	}

	Reply(int status, StreamedBody body) {
		this(status, body, Map.of(), Duration.ZERO);
	}

	/** This reply with these headers added; its own win. */
	Reply with(Map<String, String> added) {
		Map<String, String> all = new java.util.LinkedHashMap<>(added);
		all.putAll(this.headers);
		return new Reply(this.status, this.body, all, this.delay);
	}

	static Reply notFound() {
		return new Reply(404, Bodies.messageBody("Not Found"));
	}

	static Reply notAllowed(String allowed) {
		return new Reply(405, Bodies.messageBody("Method Not Allowed"), Map.of("Allow", allowed), Duration.ZERO);
	}

}
