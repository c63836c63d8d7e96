package io.rtkwarehouse.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.source.RealtimeKit;
import io.rtkwarehouse.source.SourceStats;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.warehouse.WindowLedger.FailedWindow;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a run: a window that failed after its retries does not stop the others, but the
 * run must not end as COMPLETED. It ends FAILED, so that the same backfill command
 * restarts it and fetches what is missing. Then the run's {@link RunSummary}, counted per
 * dataset from the ledger and the rows the execution wrote, is stored with its execution,
 * where {@code status} reads it.
 */
@Component
class RunOutcomeListener implements JobExecutionListener {

	private final WindowLedger ledger;

	private final Datasets datasets;

	private final RealtimeKit api;

	private final ConfiguredAccounts accounts;

	private final JobRepository jobRepository;

	private final CurrentRun current;

	private final RunCounters counters;

	RunOutcomeListener(WindowLedger ledger, Datasets datasets, RealtimeKit api, ConfiguredAccounts accounts,
			JobRepository jobRepository, CurrentRun current, RunCounters counters) {
		this.ledger = ledger;
		this.datasets = datasets;
		this.api = api;
		this.accounts = accounts;
		this.jobRepository = jobRepository;
		this.current = current;
		this.counters = counters;
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
			execution.setExitStatus(ExitStatus.FAILED.addExitDescription(
					failed.size() + " window(s) failed after their retries; first: " + failed.get(0).where(true)));
		}
		Compared compared = Compared.of(execution);
		if (execution.getStatus() == BatchStatus.COMPLETED && compared != null && !compared.differ().isEmpty()) {
			execution.setExitStatus(new ExitStatus("DIFFER", compared.differ().size() + " day(s) differ"));
		}
		JobParameters parameters = execution.getJobParameters();
		LocalDateTime end = (execution.getEndTime() != null) ? execution.getEndTime() : LocalDateTime.now();
		Duration took = (execution.getStartTime() != null) ? Duration.between(execution.getStartTime(), end)
				: Duration.ZERO;
		int exitCode = switch (execution.getStatus()) {
			case COMPLETED -> (compared != null && !compared.differ().isEmpty()) ? 1 : 0;
			case STOPPING, STOPPED -> RunSummary.STOPPED;
			default -> 1;
		};
		SourceStats stats = this.api.stats(this.accounts.settings(RunParameters.account(parameters)));
		RunSummary summary = RunSummary.of(parts(execution), stats, took, exitCode);
		execution.getExecutionContext().putString(RunSummary.KEY, summary.toString());
		if (stats.quotaLimit() > 0) {
			execution.getExecutionContext().putLong(RunSummary.QUOTA_LIMIT_KEY, stats.quotaLimit());
			execution.getExecutionContext().putLong(RunSummary.QUOTA_WINDOW_KEY, stats.quotaWindow());
		}
		this.jobRepository.updateExecutionContext(execution);
		this.counters.ended(execution.getId());
	}

	/** The windows of each dataset the run loads, from the ledger and its rows. */
	private List<RunSummary.Part> parts(JobExecution execution) {
		JobParameters parameters = execution.getJobParameters();
		long inRange = RunParameters.range(parameters).days() * RunParameters.apps(parameters).size();
		List<RunSummary.Part> parts = new ArrayList<>();
		for (Dataset<?> dataset : this.datasets.of(RunParameters.datasets(parameters))) {
			if (!execution.getExecutionContext().containsKey(RunSteps.PLANNED_KEY + dataset.id())) {
				continue;
			}
			long planned = execution.getExecutionContext().getLong(RunSteps.PLANNED_KEY + dataset.id());
			Map<String, Long> states = this.ledger.statesIn(execution.getId(), dataset.id());
			long loaded = states.getOrDefault(WindowLedger.Entry.LOADED, 0L);
			long failed = states.getOrDefault(WindowLedger.Entry.FAILED, 0L);
			long missing = states.getOrDefault(WindowLedger.Entry.MISSING, 0L);
			long fetched = loaded + failed + missing;
			parts.add(new RunSummary.Part(dataset.id(), fetched, failed, missing, dataset.written(execution.getId()),
					Math.max(0, inRange - planned), Math.max(0, planned - fetched)));
		}
		return parts;
	}

}
