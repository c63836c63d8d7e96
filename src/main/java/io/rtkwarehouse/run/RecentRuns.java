package io.rtkwarehouse.run;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import io.rtkwarehouse.job.LoadJobConfiguration;
import io.rtkwarehouse.job.RebuildJobConfiguration;
import io.rtkwarehouse.job.ReconcileJobConfiguration;
import io.rtkwarehouse.job.RunParameters;
import io.rtkwarehouse.job.RunSummary;
import io.rtkwarehouse.warehouse.FailedStarts;
import io.rtkwarehouse.warehouse.FailedStarts.FailedStart;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The last runs, newest first: job executions and runs that ended before their job. What
 * {@code status} prints and {@code report} draws, read from the Spring Batch metadata and
 * {@code rtk.failed_start}.
 */
@Component
public class RecentRuns {

	/**
	 * Spring Batch stores its times as local times of the JVM, which {@code Cli.main}
	 * pins to UTC; the suffix says so, whatever the zone of the machine that reads them.
	 */
	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
			Locale.ROOT);

	private final JobRepository jobRepository;

	private final FailedStarts failedStarts;

	RecentRuns(JobRepository jobRepository, FailedStarts failedStarts) {
		this.jobRepository = jobRepository;
		this.failedStarts = failedStarts;
	}

	/**
	 * The last {@code limit} runs of the account, or of every account when it is
	 * {@code null}.
	 */
	public List<Run> last(String account, int limit) {
		List<Run> runs = new ArrayList<>();
		for (String jobName : List.of(LoadJobConfiguration.BACKFILL, LoadJobConfiguration.NIGHTLY,
				ReconcileJobConfiguration.JOB_NAME, RebuildJobConfiguration.JOB_NAME)) {
			for (JobInstance instance : this.jobRepository.getJobInstances(jobName, 0, limit)) {
				for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
					String owner = execution.getJobParameters().getString(RunParameters.ACCOUNT);
					if (account == null || account.equals(owner)) {
						runs.add(of(execution, owner));
					}
				}
			}
		}
		for (FailedStart start : this.failedStarts.latest(account, limit)) {
			runs.add(of(start));
		}
		runs.sort(Comparator.comparing(Run::created).reversed());
		return runs.subList(0, Math.min(limit, runs.size()));
	}

	private static Run of(JobExecution run, String account) {
		Duration took = (run.getStartTime() != null && run.getEndTime() != null)
				? Duration.between(run.getStartTime(), run.getEndTime()) : null;
		String summary = run.getExecutionContext().containsKey(RunSummary.KEY)
				? run.getExecutionContext().getString(RunSummary.KEY) : run.getExitStatus().getExitDescription();
		Optional<RunSummary.Counts> counts = RunSummary.Counts.readFrom(summary);
		return new Run(run.getCreateTime(), account, run.getId(), run.getJobInstance().getJobName(),
				run.getJobParameters().getLocalDate(RunParameters.FROM),
				run.getJobParameters().getLocalDate(RunParameters.TO), run.getStartTime(), took,
				run.getStatus().toString(), (summary == null) ? "" : summary,
				counts.map(RunSummary.Counts::requests).orElse(null),
				counts.map(RunSummary.Counts::tooManyRequests).orElse(null),
				counts.map(RunSummary.Counts::paused).orElse(null));
	}

	private static Run of(FailedStart start) {
		LocalDateTime started = LocalDateTime.ofInstant(start.startedAt(), ZoneOffset.UTC);
		String outcome = start.outcome().equals("locked") ? "LOCKED (exit 3)" : "FAILED BEFORE ITS JOB (exit 1)";
		return new Run(started, start.accountId(), null, start.kind(), start.from(), start.to(), started,
				Duration.between(start.startedAt(), start.endedAt()), outcome, start.reason(), null, null, null);
	}

	/**
	 * One run: a job execution ({@code executionId} set) or a run that ended before its
	 * job. {@code requests}, {@code tooManyRequests} and {@code paused} are {@code null}
	 * when the run stored no summary; {@code started} and {@code took} when it did not
	 * start or end.
	 */
	public record Run(LocalDateTime created, String account, Long executionId, String kind, LocalDate from,
			LocalDate to, LocalDateTime started, Duration took, String outcome, String summary, Long requests,
			Long tooManyRequests, Duration paused) {

		/** The line {@code status} prints. */
		public String text() {
			if (this.executionId == null) {
				return String.format(Locale.ROOT, "-  %-8s %s..%s  started %s  took %s  %s  %s", this.kind, this.from,
						this.to, startedText(), tookText(), this.outcome, this.summary);
			}
			return String.format(Locale.ROOT, "#%d %-8s %s..%s  started %s  took %s  %s%s", this.executionId, this.kind,
					this.from, this.to, startedText(), tookText(), this.outcome,
					this.summary.isBlank() ? "" : "  " + this.summary);
		}

		public String startedText() {
			return (this.started != null) ? STARTED.format(this.started) : "not started";
		}

		public String tookText() {
			return (this.took != null) ? Failures.human(this.took) : "-";
		}

	}

}
