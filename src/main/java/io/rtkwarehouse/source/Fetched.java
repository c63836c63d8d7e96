package io.rtkwarehouse.source;

import java.time.Instant;
import java.util.List;

/**
 * What every fetch of a window comes back with, whatever its dataset: every answer the
 * API gave on the way (the last one decided), and why it failed, if it did.
 */
public interface Fetched {

	List<FetchResult.Answer> answers();

	/** Why the window failed, {@code null} when it loaded. */
	String error();

	default boolean loaded() {
		return error() == null;
	}

	default int attempts() {
		return answers().size();
	}

	default Integer httpStatus() {
		return last().httpStatus();
	}

	default Instant fetchedAt() {
		return last().at();
	}

	private FetchResult.Answer last() {
		return answers().get(answers().size() - 1);
	}

}
