package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.job.BackfillJobConfiguration;
import io.rtkwarehouse.job.NightlyJobConfiguration;
import io.rtkwarehouse.job.RunParameters;
import io.rtkwarehouse.job.RunSummary;
import io.rtkwarehouse.warehouse.Accounts;
import io.rtkwarehouse.warehouse.FailedStarts;
import io.rtkwarehouse.warehouse.FailedStarts.FailedStart;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.warehouse.WindowLedger.FailedWindow;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * {@code status}: the last runs with their summaries (those that ended before their job
 * started too), and the windows that are failed now. Reads the Spring Batch metadata and
 * the warehouse; calls no API and writes nothing.
 */
@Component
public class StatusReport {

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int FAILED_SHOWN = 50;

	private final WarehouseGuard guard;

	private final WindowLedger ledger;

	private final Accounts accounts;

	private final FailedStarts failedStarts;

	private final JobRepository jobRepository;

	StatusReport(WarehouseGuard guard, WindowLedger ledger, Accounts accounts, FailedStarts failedStarts,
			JobRepository jobRepository) {
		this.guard = guard;
		this.ledger = ledger;
		this.accounts = accounts;
		this.failedStarts = failedStarts;
		this.jobRepository = jobRepository;
	}

	public int print(Optional<String> account, int limit, PrintStream out) {
		this.guard.checkConfiguration(false, false);
		String problem = this.guard.schemaProblem();
		if (problem != null) {
			out.println(problem);
			return ExitCodes.OK;
		}
		Scope scope = Scope.of(account, this.guard.configured(), this.accounts);
		String only = scope.all() ? null : scope.accounts().get(0);
		List<Line> runs = runs(only, limit);
		out.println("Last runs of " + scope.describe() + ":");
		if (runs.isEmpty()) {
			out.println("  none");
		}
		runs.forEach(
				(run) -> out.println("  " + run.text() + (scope.all() ? "  (account " + run.account() + ")" : "")));
		for (String id : scope.accounts()) {
			printFailed(id, scope.all(), out);
		}
		return ExitCodes.OK;
	}

	private void printFailed(String account, boolean named, PrintStream out) {
		List<FailedWindow> failed = this.ledger.failedNow(account);
		out.println("Windows failed now" + (named ? " in account " + account : "") + ": " + failed.size());
		failed.stream()
			.limit(FAILED_SHOWN)
			.forEach((window) -> out.println("  app " + window.appId() + " day " + window.day() + " after "
					+ window.attempts() + " attempt(s): " + window.lastError()));
		if (failed.size() > FAILED_SHOWN) {
			out.println("  ... and " + (failed.size() - FAILED_SHOWN) + " more (see rtk.coverage)");
		}
	}

	/**
	 * The last runs, newest first: job executions and runs that failed before their job.
	 */
	private List<Line> runs(String account, int limit) {
		List<Line> runs = new ArrayList<>();
		for (String jobName : List.of(BackfillJobConfiguration.JOB_NAME, NightlyJobConfiguration.JOB_NAME)) {
			for (JobInstance instance : this.jobRepository.getJobInstances(jobName, 0, limit)) {
				for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
					String owner = execution.getJobParameters().getString(RunParameters.ACCOUNT);
					if (account == null || account.equals(owner)) {
						runs.add(new Line(execution.getCreateTime(), owner, describe(execution)));
					}
				}
			}
		}
		for (FailedStart start : this.failedStarts.latest(account, limit)) {
			runs.add(new Line(LocalDateTime.ofInstant(start.startedAt(), ZoneId.systemDefault()), start.accountId(),
					describe(start)));
		}
		runs.sort(Comparator.comparing(Line::started).reversed());
		return runs.subList(0, Math.min(limit, runs.size()));
	}

	private static String describe(JobExecution run) {
		String started = (run.getStartTime() != null) ? STARTED.format(run.getStartTime()) : "not started";
		String took = (run.getStartTime() != null && run.getEndTime() != null)
				? Failures.human(Duration.between(run.getStartTime(), run.getEndTime())) : "-";
		String summary = run.getExecutionContext().containsKey(RunSummary.KEY)
				? run.getExecutionContext().getString(RunSummary.KEY) : run.getExitStatus().getExitDescription();
		return String.format("#%d %-8s %s..%s  started %s  took %s  %s%s", run.getId(),
				run.getJobInstance().getJobName(), run.getJobParameters().getLocalDate(RunParameters.FROM),
				run.getJobParameters().getLocalDate(RunParameters.TO), started, took, run.getStatus(),
				(summary == null || summary.isBlank()) ? "" : "  " + summary);
	}

	private static String describe(FailedStart start) {
		String started = STARTED.format(LocalDateTime.ofInstant(start.startedAt(), ZoneId.systemDefault()));
		String outcome = start.outcome().equals("locked") ? "LOCKED (exit 3)" : "FAILED BEFORE ITS JOB (exit 1)";
		return String.format("-  %-8s %s..%s  started %s  took %s  %s  %s", start.kind(), start.from(), start.to(),
				started, Failures.human(Duration.between(start.startedAt(), start.endedAt())), outcome, start.reason());
	}

	private record Line(LocalDateTime started, String account, String text) {
	}

}
