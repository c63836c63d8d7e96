package io.rtkwarehouse.dataset;

import java.util.ArrayList;
import java.util.List;

import io.rtkwarehouse.source.Answer;

/**
 * The answers of a chunk as the raw history keeps them: every answer of every request,
 * the one that loaded marked as such. A body goes to the JSON column when PostgreSQL's
 * jsonb takes it, else to the text column ({@code rtk_batch.jsonb_or_null}), so any body
 * the size limit let through is kept.
 */
public final class RawAnswers {

	private RawAnswers() {
	}

	/**
	 * A body as PostgreSQL's text takes it: NUL characters, which text cannot hold,
	 * become U+FFFD.
	 */
	public static String text(String body) {
		return (body != null && body.indexOf('\0') >= 0) ? body.replace('\0', '\uFFFD') : body;
	}

	/** Each answer of each request of the chunk, in order. */
	public static <T> List<Row<T>> of(List<Fetched<T>> chunk) {
		List<Row<T>> rows = new ArrayList<>();
		for (Fetched<T> fetched : chunk) {
			for (Answer answer : fetched.outcome().answers()) {
				boolean decisive = answer.attempt() == fetched.outcome().attempts();
				rows.add(new Row<>(fetched, answer, decisive && fetched.loaded()));
			}
		}
		return rows;
	}

	/**
	 * One answer of a request.
	 *
	 * @param loaded whether it is the answer the rows were loaded from
	 */
	public record Row<T>(Fetched<T> fetched, Answer answer, boolean loaded) {

		/** Why the answer was not loaded, or null. */
		public String error() {
			return this.loaded ? null : this.answer.error();
		}

	}

}
