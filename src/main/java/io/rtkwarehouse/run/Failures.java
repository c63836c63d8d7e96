package io.rtkwarehouse.run;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What a command prints of a failure: one line in words, the cause that says most, never
 * a stack trace or a class name (those go to DEBUG); and durations as a person reads
 * them.
 */
public final class Failures {

	/** The longest line a failure prints. */
	static final int MAX_LENGTH = 500;

	/** A Java class name ahead of a message: {@code java.net.ConnectException: }. */
	private static final Pattern CLASS_NAME = Pattern
		.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");

	/** Messages of wrappers that say nothing of the cause. */
	private static final Pattern WRAPPER = Pattern.compile("(?i)^(Partition handler returned an unsuccessful step"
			+ "|Failed to execute|Error creating bean|Encountered an error executing|Could not open JDBC Connection"
			+ "|Failed to obtain JDBC Connection|Unable to acquire JDBC Connection).*");

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

	/**
	 * One line that says what failed: the first message in the cause chain that is not a
	 * wrapper's, and the root cause's when it adds something; class names left out, line
	 * breaks joined, at most {@value #MAX_LENGTH} characters.
	 */
	public static String describe(Throwable ex) {
		Throwable root = ex;
		String first = null;
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			String message = clean(t.getMessage());
			if (first == null && !message.isEmpty() && !WRAPPER.matcher(message).matches()) {
				first = message;
			}
			root = t;
		}
		String rootMessage = clean(root.getMessage());
		if (first == null) {
			first = rootMessage.isEmpty() ? "an unexpected failure (--logging.level.io.rtkwarehouse=debug shows where)"
					: rootMessage;
		}
		String line = (rootMessage.isEmpty() || first.contains(rootMessage)) ? first
				: first + " (cause: " + rootMessage + ")";
		return shorten(line);
	}

	/** A message without class names or line breaks. */
	static String clean(String message) {
		if (message == null) {
			return "";
		}
		return CLASS_NAME.matcher(message.replaceAll("[\\r\\n\\t]+", " "))
			.replaceAll("")
			.replaceAll(" {2,}", " ")
			.trim();
	}

	/** A line cut at {@value #MAX_LENGTH} characters. */
	static String shorten(String line) {
		return (line.length() <= MAX_LENGTH) ? line : line.substring(0, MAX_LENGTH) + "…";
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
