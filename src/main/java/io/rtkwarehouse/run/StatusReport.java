package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.job.BackfillJobConfiguration;
import io.rtkwarehouse.job.NightlyJobConfiguration;
import io.rtkwarehouse.job.RunParameters;
import io.rtkwarehouse.job.RunSummary;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.warehouse.WindowLedger.FailedWindow;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * {@code status}: the last runs with their summaries, and the windows that are failed
 * now. Reads the Spring Batch metadata and the ledger; calls no API and writes nothing.
 */
@Component
public class StatusReport {

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int FAILED_SHOWN = 50;

	private final WarehouseGuard guard;

	private final RtkProperties properties;

	private final WindowLedger ledger;

	private final JobRepository jobRepository;

	StatusReport(WarehouseGuard guard, WindowLedger ledger, JobRepository jobRepository) {
		this.guard = guard;
		this.properties = guard.properties();
		this.ledger = ledger;
		this.jobRepository = jobRepository;
	}

	public int print(int limit, PrintStream out) {
		this.guard.checkConfiguration(false);
		if (!this.guard.schemaCurrent()) {
			out.println(
					"No run yet: the warehouse schema is not in this database (or not up to date; any run migrates it).");
			return ExitCodes.OK;
		}
		String account = this.properties.accountId();
		List<JobExecution> runs = runs(account, limit);
		out.println("Last runs of account " + account + ":");
		if (runs.isEmpty()) {
			out.println("  none");
		}
		runs.forEach((run) -> out.println("  " + describe(run)));
		List<FailedWindow> failed = this.ledger.failedNow(account);
		out.println("Windows failed now: " + failed.size());
		failed.stream()
			.limit(FAILED_SHOWN)
			.forEach((window) -> out.println("  app " + window.appId() + " day " + window.day() + " after "
					+ window.attempts() + " attempt(s): " + window.lastError()));
		if (failed.size() > FAILED_SHOWN) {
			out.println("  ... and " + (failed.size() - FAILED_SHOWN) + " more (see rtk.coverage)");
		}
		return ExitCodes.OK;
	}

	private List<JobExecution> runs(String account, int limit) {
		List<JobExecution> runs = new ArrayList<>();
		for (String jobName : List.of(BackfillJobConfiguration.JOB_NAME, NightlyJobConfiguration.JOB_NAME)) {
			for (JobInstance instance : this.jobRepository.getJobInstances(jobName, 0, limit)) {
				this.jobRepository.getJobExecutions(instance)
					.stream()
					.filter((execution) -> account
						.equals(execution.getJobParameters().getString(RunParameters.ACCOUNT)))
					.forEach(runs::add);
			}
		}
		runs.sort(Comparator.comparing(JobExecution::getCreateTime).reversed());
		return runs.subList(0, Math.min(limit, runs.size()));
	}

	private static String describe(JobExecution run) {
		LocalDate from = run.getJobParameters().getLocalDate(RunParameters.FROM);
		LocalDate to = run.getJobParameters().getLocalDate(RunParameters.TO);
		String started = (run.getStartTime() != null) ? STARTED.format(run.getStartTime()) : "not started";
		String took = (run.getStartTime() != null && run.getEndTime() != null)
				? Failures.human(Duration.between(run.getStartTime(), run.getEndTime())) : "-";
		String summary = run.getExecutionContext().containsKey(RunSummary.KEY)
				? run.getExecutionContext().getString(RunSummary.KEY) : run.getExitStatus().getExitDescription();
		return String.format("#%d %-8s %s..%s  started %s  took %s  %s%s", run.getId(),
				run.getJobInstance().getJobName(), from, to, started, took, run.getStatus(),
				(summary == null || summary.isBlank()) ? "" : "  " + summary);
	}

}
