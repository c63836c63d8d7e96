package io.rtkwarehouse.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import io.rtkwarehouse.config.Dataset;
import io.rtkwarehouse.source.LivestreamSource;
import io.rtkwarehouse.warehouse.DailyRows;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.warehouse.WindowLedger.FailedWindow;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Ends a run: a window that failed after its retries does not stop the others, but the
 * run must not end as COMPLETED. It ends FAILED, so that the same backfill command
 * restarts it and fetches what is missing. Then the run's {@link RunSummary} is stored
 * with its execution, where {@code status} reads it.
 */
@Component
class RunOutcomeListener implements JobExecutionListener {

	private final WindowLedger ledger;

	private final DailyRows daily;

	private final LivestreamSource source;

	private final JobRepository jobRepository;

	private final CurrentRun current;

	RunOutcomeListener(WindowLedger ledger, DailyRows daily, LivestreamSource source, JobRepository jobRepository,
			CurrentRun current) {
		this.current = current;
		this.ledger = ledger;
		this.daily = daily;
		this.source = source;
		this.jobRepository = jobRepository;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.current.started(execution);
	}

	@Override
	public void afterJob(JobExecution execution) {
		this.current.ended(execution);
		List<FailedWindow> failed = this.ledger.failedIn(execution.getId());
		if (execution.getStatus() == BatchStatus.COMPLETED && !failed.isEmpty()) {
			execution.setStatus(BatchStatus.FAILED);
			execution.setExitStatus(ExitStatus.FAILED
				.addExitDescription(failed.size() + " window(s) failed after their retries; first: " + failed.get(0)));
		}
		long fetched = fetched(execution);
		// Skipped counts livestream days; a usage window is a request of up to 31 days.
		long usage = fetched(execution, WindowLoadSteps.USAGE_APP_STEP);
		long inRange = RunParameters.datasets(execution.getJobParameters()).contains(Dataset.LIVESTREAMS)
				? RunParameters.range(execution.getJobParameters()).days()
						* RunParameters.splitApps(execution.getJobParameters().getString(RunParameters.APP_LIST)).size()
				: 0;
		LocalDateTime end = (execution.getEndTime() != null) ? execution.getEndTime() : LocalDateTime.now();
		Duration took = (execution.getStartTime() != null) ? Duration.between(execution.getStartTime(), end)
				: Duration.ZERO;
		int exitCode = switch (execution.getStatus()) {
			case COMPLETED -> 0;
			case STOPPING, STOPPED -> RunSummary.STOPPED;
			default -> 1;
		};
		RunSummary summary = RunSummary.of(fetched, usage, failed.size(), this.daily.writtenBy(execution.getId()),
				Math.max(0, inRange - fetched), this.source.stats(), took, exitCode);
		execution.getExecutionContext().putString(RunSummary.KEY, summary.toString());
		if (this.source.stats().quotaLimit() > 0) {
			execution.getExecutionContext().putLong(RunSummary.QUOTA_LIMIT_KEY, this.source.stats().quotaLimit());
			execution.getExecutionContext().putLong(RunSummary.QUOTA_WINDOW_KEY, this.source.stats().quotaWindow());
		}
		this.jobRepository.updateExecutionContext(execution);
	}

	/**
	 * Windows the app steps of this execution fetched (read, and not left out by a stop).
	 */
	static long fetched(JobExecution execution) {
		return fetched(execution, WindowLoadSteps.APP_STEP);
	}

	private static long fetched(JobExecution execution, String appStep) {
		long fetched = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStepName().startsWith(appStep + ":")) {
				fetched += step.getReadCount() - step.getFilterCount();
			}
		}
		return fetched;
	}

}
