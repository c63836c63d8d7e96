package io.rtkwarehouse.dataset;

import io.rtkwarehouse.source.Outcome;

/**
 * What a request came to after its retries: its value, or why it failed; every answer.
 */
public record Fetched<T>(Request request, Outcome<T> outcome) {

	public boolean loaded() {
		return this.outcome.loaded();
	}

	public T value() {
		return this.outcome.value();
	}

}
