package io.rtkwarehouse.run;

import java.time.Duration;

/** Small helpers for what a command prints: causes of failures, and durations. */
public final class Failures {

	private Failures() {
	}

	/** The first throwable of {@code type} in the cause chain, or {@code null}. */
	public static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	/** The message, and the root cause's when it is another throwable. */
	public static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return ex.getMessage() + ((root != ex) ? " (cause: " + root.getMessage() + ")" : "");
	}

	/**
	 * A duration as a person reads it: {@code 42 s}, {@code 3 min 5 s},
	 * {@code 2 h 10 min}.
	 */
	public static String human(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return (seconds / 60) + " min " + (seconds % 60) + " s";
		}
		return (seconds / 3600) + " h " + ((seconds % 3600) / 60) + " min";
	}

}
