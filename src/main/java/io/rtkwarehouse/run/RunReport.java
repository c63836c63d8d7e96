package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.job.Compared;
import io.rtkwarehouse.job.RebuildJobConfiguration;
import io.rtkwarehouse.job.RunParameters;
import io.rtkwarehouse.job.RunSummary;
import io.rtkwarehouse.job.StepTimings;
import io.rtkwarehouse.source.ApiAuthorizationException;
import io.rtkwarehouse.source.ApiException;
import io.rtkwarehouse.source.QuotaPauseTooLongException;
import io.rtkwarehouse.source.RealtimeKit;
import io.rtkwarehouse.source.SourceStats;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.warehouse.WindowLedger.FailedWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Prints the outcome of a job execution: the summary the job stored, where its app steps'
 * time went, what a rebuild rebuilt or a reconcile found, the failed windows and what to
 * do next.
 */
@Component
class RunReport {

	private static final Logger logger = LoggerFactory.getLogger(RunReport.class);

	/**
	 * Failed windows named one per line; the rest are counted ({@code gaps} lists them).
	 */
	private static final int FAILED_NAMED = 100;

	private final WindowLedger ledger;

	private final RealtimeKit api;

	private final StepTimings timings;

	private final Differed differed;

	RunReport(WindowLedger ledger, RealtimeKit api, StepTimings timings, Differed differed) {
		this.ledger = ledger;
		this.api = api;
		this.timings = timings;
		this.differed = differed;
	}

	int print(RtkProperties account, JobExecution execution, PrintStream out, PrintStream err) {
		List<FailedWindow> failed = this.ledger.failedIn(execution.getId());
		SourceStats stats = this.api.stats(account);
		ExecutionContext context = execution.getExecutionContext();
		String summary = context.containsKey(RunSummary.KEY) ? context.getString(RunSummary.KEY) : "no summary";
		boolean fetches = !RunParameters.apps(execution.getJobParameters()).isEmpty();
		out.println(execution.getJobInstance().getJobName() + " execution " + execution.getId() + ": "
				+ execution.getStatus() + (fetches ? "; " + summary : ""));
		long id = execution.getId();
		if (fetches) {
			out.printf(Locale.ROOT,
					"time summed over the app step threads: waiting for fetches %.1f s, writing rows %.1f s, the rest"
							+ " (Batch) %.1f s; HTTP %.1f s summed over the fetch threads; peak heap of the process %d MB%n",
					seconds(this.timings.fetchWait(id)), seconds(this.timings.write(id)),
					seconds(this.timings.batchTime(execution)), seconds(stats.httpTime()),
					peakHeapBytes() / (1024 * 1024));
		}
		this.timings.ended(id);
		if (context.containsKey(RunSummary.PRUNED_KEY)) {
			out.println("raw answers older than " + account.fetchRetentionDays() + " days pruned: "
					+ context.getInt(RunSummary.PRUNED_KEY));
		}
		printRebuilt(execution, out);
		boolean named = RunParameters.datasets(execution.getJobParameters()).size() > 1;
		failed.stream()
			.limit(FAILED_NAMED)
			.forEach((window) -> err.println("failed: " + window.where(named) + " after " + window.attempts()
					+ " attempt(s): " + window.lastError()));
		if (failed.size() > FAILED_NAMED) {
			err.println("failed: " + (failed.size() - FAILED_NAMED) + " more window(s); gaps lists every one");
		}
		this.ledger.spansOff(account.accountId())
			.filter((off) -> off.jobExecutionId() == execution.getId())
			.ifPresent((off) -> err
				.println("warning: zero spans are now OFF for account " + account.accountId() + ": " + off.describe()));
		int differ = printCompared(execution, out, err);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			if (differ > 0) {
				this.differed.differ(account.accountId());
				return ExitCodes.FAILED;
			}
			return ExitCodes.OK;
		}
		if (execution.getStatus() == BatchStatus.STOPPED) {
			err.println("stopped: what was fetched before the stop is committed. Run the same command again to"
					+ " resume: it fetches only what is missing.");
			return ExitCodes.FAILED;
		}
		if (failed.isEmpty() || cause(execution) != null) {
			err.println("error: " + describeFailure(execution));
		}
		err.println("Run the same command again to fetch what is missing.");
		return ExitCodes.FAILED;
	}

	private static void printRebuilt(JobExecution execution, PrintStream out) {
		StringBuilder rebuilt = new StringBuilder();
		for (String dataset : RunParameters.datasets(execution.getJobParameters())) {
			String key = RebuildJobConfiguration.REBUILT_KEY + dataset;
			if (execution.getExecutionContext().containsKey(key)) {
				rebuilt.append((rebuilt.length() > 0) ? "; " : "")
					.append(execution.getExecutionContext().getInt(key))
					.append(" row(s) of ")
					.append(dataset);
			}
		}
		if (rebuilt.length() > 0) {
			out.println("rebuild " + RunParameters.range(execution.getJobParameters()) + ": " + rebuilt
					+ " rebuilt from the raw answers");
		}
	}

	/** Prints what a reconcile found; how many days differ. */
	private static int printCompared(JobExecution execution, PrintStream out, PrintStream err) {
		Compared compared = Compared.of(execution);
		if (compared == null) {
			return 0;
		}
		out.println("reconcile " + RunParameters.range(execution.getJobParameters()) + " (UTC days), account "
				+ RunParameters.account(execution.getJobParameters()) + ": "
				+ RunParameters.apps(execution.getJobParameters()).size() + " app(s); " + compared.compared()
				+ " day(s) compared, " + compared.differ().size() + " differ"
				+ (compared.unknown().isEmpty() ? "" : ", " + compared.unknown().size() + " with an unknown number"));
		compared.differ().forEach((line) -> out.println("  differ: " + line));
		compared.unknown().forEach((line) -> out.println("  unknown: " + line));
		compared.notCompared().forEach((line) -> out.println("  not compared: " + line));
		if (!compared.unknown().isEmpty()) {
			err.println("warning: " + compared.unknown().size() + " day(s) could not be compared, a number on one"
					+ " side is unknown (listed above); they are not differences and do not change the exit code");
		}
		return compared.differ().size();
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

	/**
	 * What ended the run, if an exception did: the one of the API, the budget or the
	 * database first, else the failure of the deepest step (a partitioned step's own
	 * failure only says a partition failed).
	 */
	private static Throwable cause(JobExecution execution) {
		List<Throwable> failures = new ArrayList<>();
		execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing((StepExecution step) -> !step.getStepName().contains(":")))
			.forEach((step) -> failures.addAll(step.getFailureExceptions()));
		failures.addAll(execution.getFailureExceptions());
		for (Class<? extends Throwable> type : List.of(ApiAuthorizationException.class,
				QuotaPauseTooLongException.class, ApiException.class, SQLException.class)) {
			for (Throwable failure : failures) {
				Throwable found = Failures.find(failure, type);
				if (found != null) {
					return found;
				}
			}
		}
		return failures.isEmpty() ? null : failures.get(0);
	}

	private static String describeFailure(JobExecution execution) {
		execution.getAllFailureExceptions().forEach((failure) -> logger.debug("The run failed", failure));
		Throwable cause = cause(execution);
		if (cause instanceof SQLException) {
			return "the database cannot be reached or went away: " + Failures.describe(cause)
					+ " (check spring.datasource.url and that PostgreSQL is up)";
		}
		return (cause != null) ? Failures.describe(cause)
				: "the run failed: " + Failures.clean(execution.getExitStatus().getExitDescription());
	}

}
