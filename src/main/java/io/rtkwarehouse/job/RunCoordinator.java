package io.rtkwarehouse.job;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.ApiAuthorizationException;
import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.LivestreamSource;
import io.rtkwarehouse.source.SourceStats;
import io.rtkwarehouse.warehouse.DailyWarehouse;
import io.rtkwarehouse.warehouse.DailyWarehouse.FailedWindow;
import io.rtkwarehouse.warehouse.RunLock;
import io.rtkwarehouse.window.DayRange;
import org.flywaydb.core.Flyway;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Runs one command: checks the configuration, migrates the schema, takes the account's lock,
 * resolves the apps, launches (or restarts) the job and reports its outcome.
 */
@Component
class RunCoordinator {

	private final RtkProperties properties;

	private final Flyway flyway;

	private final RunLock runLock;

	private final LivestreamSource source;

	private final DailyWarehouse warehouse;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job backfillJob;

	private final Job nightlyJob;

	private final Clock clock;

	private final StepTimings timings;

	RunCoordinator(RtkProperties properties, Flyway flyway, RunLock runLock, LivestreamSource source,
			DailyWarehouse warehouse, JobOperator jobOperator, JobRepository jobRepository, Job backfillJob,
			Job nightlyJob, Clock clock, StepTimings timings) {
		this.timings = timings;
		this.properties = properties;
		this.flyway = flyway;
		this.runLock = runLock;
		this.source = source;
		this.warehouse = warehouse;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.backfillJob = backfillJob;
		this.nightlyJob = nightlyJob;
		this.clock = clock;
	}

	int run(Invocation invocation, PrintStream out, PrintStream err) {
		List<String> problems = this.properties.problems(invocation.command().needsApi());
		if (!problems.isEmpty()) {
			throw new InvalidConfigurationException(problems);
		}
		ZoneId zone = this.properties.zoneId();
		DayRange requested = requestedRange(invocation, zone);
		LocalDate lastEnded = DayRange.lastEndedDay(this.clock, zone);
		DayRange range = requested.endingNoLaterThan(lastEnded);
		if (range == null) {
			throw new InvalidConfigurationException("nothing to load: no day of " + requested
					+ " has ended yet in " + zone + " (the last complete day is " + lastEnded + ")");
		}
		if (!range.equals(requested)) {
			out.println("note: days after " + lastEnded + " have not ended yet in " + zone + "; loading " + range
					+ " instead of " + requested);
		}
		this.flyway.migrate();
		Job job = (invocation.command() == Command.BACKFILL) ? this.backfillJob : this.nightlyJob;
		String holder = "rtk-warehouse " + job.getName() + " " + range + " pid " + ProcessHandle.current().pid();
		Duration wait = this.properties.lock().waitFor();
		Optional<RunLock.Held> lock;
		try {
			lock = this.runLock.acquire(this.properties.accountId(), holder, wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			err.println("error: interrupted while waiting for the run lock");
			return Cli.FAILED;
		}
		if (lock.isEmpty()) {
			err.println("error: another run of account " + this.properties.accountId() + " is fetching: "
					+ this.runLock.describeHolder(this.properties.accountId()) + "; waited " + wait.toSeconds()
					+ " s (rtk.lock.wait). Try again when it has finished.");
			return Cli.LOCKED;
		}
		try (RunLock.Held held = lock.get()) {
			return launch(job, invocation, range, zone, out, err);
		}
	}

	private DayRange requestedRange(Invocation invocation, ZoneId zone) {
		if (invocation.command() == Command.BACKFILL) {
			return new DayRange(invocation.date("from").orElseThrow(), invocation.date("to").orElseThrow());
		}
		LocalDate date = invocation.date("date").orElseGet(() -> LocalDate.now(this.clock.withZone(zone)));
		return DayRange.nightly(date, this.properties.lookbackDays());
	}

	private int launch(Job job, Invocation invocation, DayRange range, ZoneId zone, PrintStream out,
			PrintStream err) {
		Optional<List<String>> askedFor = invocation.apps()
			.or(() -> Optional.of(this.properties.apps()).filter((apps) -> !apps.isEmpty()));
		if (askedFor.isPresent()) {
			this.source.checkAccess();
		}
		List<String> apps = askedFor.orElseGet(this::discoverApps);
		if (apps.isEmpty()) {
			throw new InvalidConfigurationException("account " + this.properties.accountId()
					+ " has no RealtimeKit apps, and none were given with --apps or rtk.apps");
		}
		boolean nightly = invocation.command() == Command.NIGHTLY;
		JobParameters parameters = RunParameters.of(this.properties.accountId(), zone.getId(),
				askedFor.map((list) -> String.join(",", list)).orElse(RunParameters.ALL_APPS), apps, range, nightly,
				nightly ? this.clock.millis() : null);
		recoverAbandonedExecutions(job.getName());
		out.println(job.getName() + " " + range + " in " + zone + ": " + apps.size() + " app(s), "
				+ range.days() * apps.size() + " window(s)");
		JobExecution execution;
		try {
			execution = this.jobOperator.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			out.println("This " + job.getName() + " already completed: every window of " + range
					+ " is loaded. Nothing to do.");
			return Cli.OK;
		}
		catch (JobExecutionException ex) {
			err.println("error: could not start " + job.getName() + ": " + ex.getMessage());
			return Cli.FAILED;
		}
		return report(execution, out, err);
	}

	private List<String> discoverApps() {
		return this.source.apps().stream().map(AppInfo::id).distinct().sorted().toList();
	}

	/**
	 * Executions of this job for this account that are still marked running were left by a
	 * process that died (we hold the account's lock, so none is alive): mark them failed so that
	 * they can be restarted.
	 */
	private void recoverAbandonedExecutions(String jobName) {
		for (JobExecution execution : this.jobRepository.findRunningJobExecutions(jobName)) {
			String account = execution.getJobParameters().getString(RunParameters.ACCOUNT);
			if (this.properties.accountId().equals(account)) {
				this.jobOperator.recover(execution);
			}
		}
	}

	private int report(JobExecution execution, PrintStream out, PrintStream err) {
		long windows = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStepName().startsWith(WindowLoadConfiguration.APP_STEP)) {
				windows += step.getReadCount();
			}
		}
		List<FailedWindow> failed = this.warehouse.failedIn(execution.getId());
		SourceStats stats = this.source.stats();
		Duration took = (execution.getStartTime() != null && execution.getEndTime() != null)
				? Duration.between(execution.getStartTime(), execution.getEndTime()) : Duration.ZERO;
		out.printf("%s execution %d: %s in %.1f s; windows fetched: %d, failed: %d; API requests: %d, retries: %d, 429s: %d%n",
				execution.getJobInstance().getJobName(), execution.getId(), execution.getStatus(),
				took.toMillis() / 1000.0, windows, failed.size(), stats.requests(), stats.retries(),
				stats.tooManyRequests());
		out.printf("time of the app steps: waiting for fetches %.1f s, writing rows %.1f s, the rest (Batch) %.1f s;"
				+ " HTTP %.1f s over the fetch threads; peak heap %d MB%n", seconds(this.timings.fetchWait()),
				seconds(this.timings.write()), seconds(batchTime(execution)), seconds(stats.httpTime()),
				peakHeapBytes() / (1024 * 1024));
		for (FailedWindow window : failed) {
			err.println("failed: app " + window.appId() + " day " + window.day() + " after " + window.attempts()
					+ " attempt(s): " + window.lastError());
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return Cli.OK;
		}
		ApiAuthorizationException denied = findFailure(execution, ApiAuthorizationException.class);
		if (denied != null) {
			err.println("error: " + denied.getMessage());
		}
		else if (failed.isEmpty()) {
			err.println("error: the run failed: " + describeFailure(execution));
		}
		err.println("Run the same command again to fetch what is missing.");
		return Cli.FAILED;
	}

	private Duration batchTime(JobExecution execution) {
		Duration steps = Duration.ZERO;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStepName().startsWith(WindowLoadConfiguration.APP_STEP) && step.getStartTime() != null
					&& step.getEndTime() != null) {
				steps = steps.plus(Duration.between(step.getStartTime(), step.getEndTime()));
			}
		}
		Duration rest = steps.minus(this.timings.fetchWait()).minus(this.timings.write());
		return rest.isNegative() ? Duration.ZERO : rest;
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
			T found = Cli.find(failure, type);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static String describeFailure(JobExecution execution) {
		return execution.getAllFailureExceptions().stream().findFirst().map((failure) -> {
			Throwable root = failure;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			return failure.getMessage() + ((root != failure) ? " (cause: " + root.getMessage() + ")" : "");
		}).orElse(execution.getExitStatus().getExitDescription());
	}

}
