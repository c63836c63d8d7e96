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

	/** The days it asked for. */
	public long days() {
		return this.request.days().days();
	}

	/**
	 * The days whose fetch failed: none when it loaded, else all of them unless its value
	 * says which ({@link PartlyLoaded}).
	 */
	public long failedDays() {
		if (loaded()) {
			return 0;
		}
		return (value() instanceof PartlyLoaded partly) ? partly.failedDays() : days();
	}

	/** The value of a request whose days may load or fail one by one. */
	public interface PartlyLoaded {

		long failedDays();

	}

}
