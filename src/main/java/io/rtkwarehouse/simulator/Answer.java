package io.rtkwarehouse.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

import io.rtkwarehouse.simulator.ApiSimulator.Numbers;

/**
 * What an {@link AnswerHook} sends instead of the endpoint's own answer: a fixed status
 * and body, other numbers for a window, or the endpoint's own body sent huge or slowly.
 */
public final class Answer {

	private final int status;

	private final String body;

	private final Numbers numbers;

	private final Function<String, StreamedBody> shape;

	private Answer(int status, String body, Numbers numbers, Function<String, StreamedBody> shape) {
		this.status = status;
		this.body = body;
		this.numbers = numbers;
		this.shape = shape;
	}

	/**
	 * This status and body as they are, with no random fault; a 429 carries the
	 * simulator's retry-after header like every other 429. A null body is sent empty.
	 */
	public static Answer of(int status, String body) {
		if (status < 100 || status > 599) {
			throw new IllegalArgumentException("status must be a valid HTTP status, got " + status);
		}
		return new Answer(status, body == null ? "" : body, null, null);
	}

	/**
	 * These numbers served as the window's own: a 200 body that the random faults may
	 * still hit. Only for overall requests; the apps listing has no numbers.
	 */
	public static Answer numbers(Numbers numbers) {
		return new Answer(200, null, Objects.requireNonNull(numbers, "numbers"), null);
	}

	/**
	 * A 200 with the endpoint's own body padded to {@code bytes} bytes of valid JSON (a
	 * long {@code padding} string), streamed: never built in memory.
	 */
	public static Answer hugeBody(long bytes) {
		if (bytes < 1) {
			throw new IllegalArgumentException("bytes must be >= 1, got " + bytes);
		}
		return new Answer(200, null, null, (own) -> StreamedBody.padded(own, bytes));
	}

	/**
	 * A 200 with the endpoint's own body after a space sent every {@code every} for
	 * {@code total}: a read timeout longer than {@code every} never fires.
	 */
	public static Answer trickling(Duration total, Duration every) {
		Faults.nonNegative(total, "total");
		Faults.positive(every, "every");
		return new Answer(200, null, null, (own) -> StreamedBody.trickled(own, total, every));
	}

	int status() {
		return status;
	}

	String body() {
		return body;
	}

	/** Whether it is sent as it is, status and body. */
	boolean fixed() {
		return body != null;
	}

	/** The numbers to serve, or null. */
	Numbers servedNumbers() {
		return numbers;
	}

	/**
	 * The endpoint's own body as this answer sends it, or null to let the faults decide.
	 */
	StreamedBody shape(String own) {
		return shape == null ? null : shape.apply(own);
	}

}
