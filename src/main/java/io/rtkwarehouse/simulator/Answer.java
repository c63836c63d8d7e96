package io.rtkwarehouse.simulator;

import java.util.Objects;

import io.rtkwarehouse.simulator.ApiSimulator.Numbers;

/**
 * What an {@link AnswerHook} sends instead of the endpoint's own answer: either a fixed
 * status and body, or other numbers for a window.
 */
public final class Answer {

	private final int status;

	private final String body;

	private final Numbers numbers;

	private Answer(int status, String body, Numbers numbers) {
		this.status = status;
		this.body = body;
		this.numbers = numbers;
	}

	/**
	 * This status and body as they are, with no random fault; a 429 carries the
	 * simulator's retry-after header like every other 429. A null body is sent empty.
	 */
	public static Answer of(int status, String body) {
		if (status < 100 || status > 599) {
			throw new IllegalArgumentException("status must be a valid HTTP status, got " + status);
		}
		return new Answer(status, body == null ? "" : body, null);
	}

	/**
	 * These numbers served as the window's own: a 200 body that the random faults may
	 * still hit. Only for overall requests; the apps listing has no numbers.
	 */
	public static Answer numbers(Numbers numbers) {
		return new Answer(200, null, Objects.requireNonNull(numbers, "numbers"));
	}

	int status() {
		return status;
	}

	String body() {
		return body;
	}

	/** The numbers to serve, or null for a fixed answer. */
	Numbers servedNumbers() {
		return numbers;
	}

}
