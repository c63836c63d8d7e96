package io.rtkwarehouse.source;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;

import io.rtkwarehouse.config.BoundProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoAnswerTests {

	private static final String BASE_URL = "https://api.example.com/client/v4";

	private final NoAnswer noAnswer = new NoAnswer(BoundProperties.of("rtk.base-url", BASE_URL,
			"rtk.http.connect-timeout", "10s", "rtk.http.read-timeout", "5s", "rtk.http.call-timeout", "2m"));

	@Test
	void okHttpsCallTimeoutIsNamedNotTheClosedSocketBeneathIt() {
		IOException feign = feign(cause(new InterruptedIOException("timeout"), new SocketException("Socket closed")));

		assertThat(this.noAnswer.beforeTheAnswer(feign))
			.isEqualTo("no complete answer within rtk.http.call-timeout (2 min)");
		assertThat(this.noAnswer.duringTheBody(feign.getCause()))
			.isEqualTo("no complete answer within rtk.http.call-timeout (2 min)");
	}

	@Test
	void aReadTimeoutIsNamedBeforeTheAnswerAndInTheBody() {
		IOException okio = cause(new SocketTimeoutException("timeout"), new SocketException("Socket closed"));

		assertThat(this.noAnswer.beforeTheAnswer(feign(okio)))
			.isEqualTo("no answer within rtk.http.read-timeout (5 s)");
		assertThat(this.noAnswer.duringTheBody(okio)).isEqualTo("no answer within rtk.http.read-timeout (5 s)");
		assertThat(this.noAnswer.duringTheBody(new SocketTimeoutException("Read timed out")))
			.isEqualTo("no answer within rtk.http.read-timeout (5 s)");
	}

	@Test
	void aConnectTimeoutSaysItCouldNotConnect() {
		assertThat(this.noAnswer.beforeTheAnswer(feign(new SocketTimeoutException("Connect timed out"))))
			.isEqualTo("could not connect to " + BASE_URL + " within rtk.http.connect-timeout (10 s)");
	}

	@Test
	void anythingElseIsTheNetworksOwnWord() {
		IOException refused = cause(new ConnectException("Failed to connect to /127.0.0.1:9"),
				new ConnectException("Connection refused"));

		assertThat(this.noAnswer.beforeTheAnswer(feign(refused)))
			.isEqualTo("no answer from " + BASE_URL + ": Connection refused");
		assertThat(this.noAnswer.beforeTheAnswer(feign(new InterruptedIOException("interrupted"))))
			.isEqualTo("no answer from " + BASE_URL + ": interrupted");
		assertThat(this.noAnswer.duringTheBody(new IOException("unexpected end of stream")))
			.isEqualTo("answer cut off: unexpected end of stream");
	}

	/** How Feign hands on what OkHttp threw. */
	private static IOException feign(IOException cause) {
		return new IOException("timeout executing GET " + BASE_URL + "/accounts/a/realtime/kit/apps", cause);
	}

	private static IOException cause(IOException ex, Throwable cause) {
		ex.initCause(cause);
		return ex;
	}

}
