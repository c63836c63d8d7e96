package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.job.RunSummary;
import io.rtkwarehouse.job.StepTimings;
import io.rtkwarehouse.source.ApiAuthorizationException;
import io.rtkwarehouse.source.LivestreamSource;
import io.rtkwarehouse.source.SourceStats;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.warehouse.WindowLedger.FailedWindow;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Prints the outcome of a job execution: the summary the job stored, where the app steps'
 * time went, the failed windows and what to do next.
 */
@Component
class RunReport {

	private final WindowLedger ledger;

	private final LivestreamSource source;

	private final StepTimings timings;

	private final RtkProperties properties;

	RunReport(WindowLedger ledger, LivestreamSource source, StepTimings timings, RtkProperties properties) {
		this.properties = properties;
		this.ledger = ledger;
		this.source = source;
		this.timings = timings;
	}

	int print(JobExecution execution, PrintStream out, PrintStream err) {
		List<FailedWindow> failed = this.ledger.failedIn(execution.getId());
		SourceStats stats = this.source.stats();
		int exitCode = (execution.getStatus() == BatchStatus.COMPLETED) ? ExitCodes.OK : ExitCodes.FAILED;
		String summary = execution.getExecutionContext().containsKey(RunSummary.KEY)
				? execution.getExecutionContext().getString(RunSummary.KEY) : "no summary";
		out.println(execution.getJobInstance().getJobName() + " execution " + execution.getId() + ": "
				+ execution.getStatus() + "; " + summary);
		out.printf(
				"time summed over the app step threads: waiting for fetches %.1f s, writing rows %.1f s, the rest"
						+ " (Batch) %.1f s; HTTP %.1f s summed over the fetch threads; peak heap %d MB%n",
				seconds(this.timings.fetchWait()), seconds(this.timings.write()),
				seconds(this.timings.batchTime(execution)), seconds(stats.httpTime()), peakHeapBytes() / (1024 * 1024));
		if (execution.getExecutionContext().containsKey(RunSummary.PRUNED_KEY)) {
			out.println("raw answers older than " + this.properties.fetchRetentionDays() + " days pruned: "
					+ execution.getExecutionContext().getInt(RunSummary.PRUNED_KEY));
		}
		for (FailedWindow window : failed) {
			err.println("failed: app " + window.appId() + " day " + window.day() + " after " + window.attempts()
					+ " attempt(s): " + window.lastError());
		}
		if (exitCode == ExitCodes.OK) {
			return exitCode;
		}
		if (execution.getStatus() == BatchStatus.STOPPED) {
			err.println("stopped: what was fetched before the stop is committed. Run the same command again to"
					+ " resume: it fetches only what is missing.");
			return exitCode;
		}
		ApiAuthorizationException denied = findFailure(execution, ApiAuthorizationException.class);
		if (denied != null) {
			err.println("error: " + denied.getMessage());
		}
		else if (failed.isEmpty()) {
			err.println("error: the run failed: " + describeFailure(execution));
		}
		err.println("Run the same command again to fetch what is missing.");
		return exitCode;
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static long peakHeapBytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static <T extends Throwable> T findFailure(JobExecution execution, Class<T> type) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			T found = Failures.find(failure, type);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static String describeFailure(JobExecution execution) {
		return execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(Failures::describe)
			.orElse(execution.getExitStatus().getExitDescription());
	}

}
