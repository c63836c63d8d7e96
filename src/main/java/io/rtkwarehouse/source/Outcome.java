package io.rtkwarehouse.source;

import java.time.Instant;
import java.util.List;

/**
 * What one call to the API came to after its retries: the value its last answer read as,
 * or why it failed; and every answer on the way, in order, for the raw history.
 *
 * @param value what the last answer read as, {@code null} when the call failed
 * @param answers every request's answer, in order; the last one decided
 * @param error why the call failed, {@code null} when it succeeded
 */
public record Outcome<T>(T value, List<Answer> answers, String error) {

	public Outcome {
		answers = List.copyOf(answers);
		if (answers.isEmpty()) {
			throw new IllegalArgumentException("an outcome has at least one answer");
		}
	}

	public boolean loaded() {
		return this.error == null;
	}

	public int attempts() {
		return this.answers.size();
	}

	public Answer last() {
		return this.answers.get(this.answers.size() - 1);
	}

	public Integer httpStatus() {
		return last().httpStatus();
	}

	public Instant fetchedAt() {
		return last().at();
	}

	/** The same answers read as something else (a value derived from this one). */
	public <U> Outcome<U> map(java.util.function.Function<T, U> mapper) {
		return new Outcome<>((this.value != null) ? mapper.apply(this.value) : null, this.answers, this.error);
	}

}
