package io.rtkwarehouse.job;

import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a reconcile found, as its execution keeps it: the days compared, a line per day
 * that differs, a line per day a number of which is unknown, and what was not compared.
 */
public record Compared(long compared, List<String> differ, List<String> unknown, List<String> notCompared) {

	private static final String KEY = "rtk.compared";

	private static final String SEPARATOR = "\n";

	static void store(JobExecution execution, long compared, List<String> differ, List<String> unknown,
			List<String> notCompared) {
		ExecutionContext context = execution.getExecutionContext();
		context.putLong(KEY, compared);
		context.putString(KEY + ".differ", String.join(SEPARATOR, differ));
		context.putString(KEY + ".unknown", String.join(SEPARATOR, unknown));
		context.putString(KEY + ".notCompared", String.join(SEPARATOR, notCompared));
	}

	/** What the execution found, or null when it compared nothing (it failed before). */
	public static Compared of(JobExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		if (!context.containsKey(KEY)) {
			return null;
		}
		return new Compared(context.getLong(KEY), lines(context, "differ"), lines(context, "unknown"),
				lines(context, "notCompared"));
	}

	private static List<String> lines(ExecutionContext context, String key) {
		String text = context.getString(KEY + "." + key, "");
		return text.isEmpty() ? List.of() : List.of(text.split(SEPARATOR));
	}

}
