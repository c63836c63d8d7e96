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
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.job.RunParameters.Selection;
import io.rtkwarehouse.source.ApiAuthorizationException;
import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.LivestreamSource;
import io.rtkwarehouse.source.SourceStats;
import io.rtkwarehouse.warehouse.DailyWarehouse;
import io.rtkwarehouse.warehouse.DailyWarehouse.FailedWindow;
import io.rtkwarehouse.warehouse.FetchHistory;
import io.rtkwarehouse.warehouse.RunLock;
import io.rtkwarehouse.window.DayRange;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Runs {@code backfill} and {@code nightly}: checks the configuration, migrates the
 * schema, takes the account's lock, lists the apps, launches (or restarts) the job and
 * reports its outcome. {@code backfill --dry-run} plans without writing.
 */
@Component
class RunCoordinator {

	private final CommandSupport support;

	private final RtkProperties properties;

	private final RunLock runLock;

	private final LivestreamSource source;

	private final DailyWarehouse warehouse;

	private final FetchHistory history;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job backfillJob;

	private final Job nightlyJob;

	private final Clock clock;

	private final StepTimings timings;

	private final RunProgress progress;

	RunCoordinator(CommandSupport support, RunLock runLock, LivestreamSource source, DailyWarehouse warehouse,
			FetchHistory history, JobOperator jobOperator, JobRepository jobRepository, Job backfillJob, Job nightlyJob,
			Clock clock, StepTimings timings, RunProgress progress) {
		this.progress = progress;
		this.support = support;
		this.properties = support.properties();
		this.runLock = runLock;
		this.source = source;
		this.warehouse = warehouse;
		this.history = history;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.backfillJob = backfillJob;
		this.nightlyJob = nightlyJob;
		this.clock = clock;
		this.timings = timings;
	}

	int run(Invocation invocation, PrintStream out, PrintStream err) {
		this.support.checkConfiguration(invocation.command());
		ZoneId zone = this.properties.zoneId();
		DayRange range = rangeToLoad(invocation, zone, out);
		Job job = (invocation.command() == Command.BACKFILL) ? this.backfillJob : this.nightlyJob;
		if (invocation.flag("dry-run")) {
			return dryRun(job, invocation, range, out);
		}
		this.support.migrate();
		zone = this.support.zone();
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

	/** The requested range, cut at the last day that has ended in the zone. */
	private DayRange rangeToLoad(Invocation invocation, ZoneId zone, PrintStream out) {
		DayRange requested = (invocation.command() == Command.BACKFILL)
				? new DayRange(invocation.date("from").orElseThrow(), invocation.date("to").orElseThrow())
				: DayRange.nightly(invocation.date("date").orElseGet(() -> this.support.today(zone)),
						this.properties.lookbackDays());
		LocalDate lastEnded = DayRange.lastEndedDay(this.clock, zone);
		DayRange range = requested.endingNoLaterThan(lastEnded);
		if (range == null) {
			throw new InvalidConfigurationException("nothing to load: no day of " + requested + " has ended yet in "
					+ zone + " (the last complete day is " + lastEnded + ")");
		}
		if (!range.equals(requested)) {
			out.println("note: days after " + lastEnded + " have not ended yet in " + zone + "; loading " + range
					+ " instead of " + requested);
		}
		return range;
	}

	private int launch(Job job, Invocation invocation, DayRange range, ZoneId zone, PrintStream out, PrintStream err) {
		String account = this.properties.accountId();
		List<AppInfo> listed = this.source.apps();
		this.warehouse.saveApps(account, listed);
		Optional<List<String>> askedFor = appsAskedFor(invocation);
		List<String> apps = askedFor.orElseGet(() -> ids(listed));
		if (apps.isEmpty()) {
			throw new InvalidConfigurationException(
					"account " + account + " has no RealtimeKit apps, and none were given with --apps or rtk.apps");
		}
		this.warehouse.remember(account, zone.getId(), this.properties.lookbackDays());
		LocalDate finalBefore = this.support.finalBefore(zone);
		this.warehouse.markFinal(account, finalBefore);
		JobParameters parameters = parameters(job, invocation, askedFor, apps, range, zone, finalBefore);
		recoverAbandonedExecutions(job.getName());
		out.println(job.getName() + " " + range + " in " + zone + ": " + apps.size() + " app(s), "
				+ range.days() * apps.size() + " window(s) in range");
		JobExecution execution;
		try (RunProgress.Reporting reporting = this.progress.start(this.source.stats(), err,
				this.properties.progress().interval())) {
			execution = this.jobOperator.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			out.println("This " + job.getName() + " already completed: every window of " + range
					+ " is loaded. Nothing to do (--refetch fetches final windows again).");
			return Cli.OK;
		}
		catch (JobExecutionException ex) {
			err.println("error: could not start " + job.getName() + ": " + ex.getMessage());
			return Cli.FAILED;
		}
		int exitCode = report(execution, range.days() * apps.size(), out, err);
		Integer retention = this.properties.fetchRetentionDays();
		if (retention != null) {
			int pruned = this.history.prune(account, retention);
			out.println("raw answers older than " + retention + " days pruned: " + pruned);
		}
		return exitCode;
	}

	private JobParameters parameters(Job job, Invocation invocation, Optional<List<String>> askedFor, List<String> apps,
			DayRange range, ZoneId zone, LocalDate finalBefore) {
		boolean nightly = job == this.nightlyJob;
		// A nightly run fetches its whole range: open days, or a missed night's days run
		// again.
		Selection selection = nightly ? Selection.ALL : invocation.flag("missing-only") ? Selection.MISSING
				: invocation.flag("refetch") ? Selection.ALL : Selection.OPEN_AND_MISSING;
		// A nightly run, or a selection with nothing to resume, is a new job instance
		// every time.
		Long runId = (nightly || selection.alwaysNew()) ? this.clock.millis() : null;
		return RunParameters.of(this.properties.accountId(), zone.getId(),
				askedFor.map((list) -> String.join(",", list)).orElse(RunParameters.ALL_APPS), apps, range, selection,
				finalBefore, nightly, runId);
	}

	private Optional<List<String>> appsAskedFor(Invocation invocation) {
		return invocation.apps().or(() -> Optional.of(this.properties.apps()).filter((apps) -> !apps.isEmpty()));
	}

	private static List<String> ids(List<AppInfo> apps) {
		return apps.stream().map(AppInfo::id).distinct().sorted().toList();
	}

	/**
	 * Prints what a backfill would fetch, how many calls it makes and how long that takes
	 * at the budget. Reads the warehouse when its schema is there; writes nothing.
	 */
	private int dryRun(Job job, Invocation invocation, DayRange range, PrintStream out) {
		String account = this.properties.accountId();
		boolean schema = this.support.schemaCurrent();
		ZoneId zone = schema ? this.support.zone() : this.properties.zoneId();
		Optional<List<String>> askedFor = appsAskedFor(invocation);
		List<String> apps = askedFor.orElseGet(() -> ids(this.source.apps()));
		LocalDate finalBefore = this.support.finalBefore(zone);
		JobParameters parameters = parameters(job, invocation, askedFor, apps, range, zone, finalBefore);
		Selection selection = Selection.valueOf(parameters.getString(RunParameters.SELECTION));
		JobInstance instance = schema ? this.jobRepository.getJobInstance(job.getName(), parameters) : null;
		out.println(job.getName() + " " + range + " in " + zone + " (dry run: nothing is fetched or written)");
		if (!schema) {
			out.println("note: the warehouse schema is not there or not up to date: every window counts as to fetch");
		}
		long toFetch = 0;
		for (String app : apps) {
			Set<LocalDate> skipped = new TreeSet<>();
			if (schema && selection == Selection.OPEN_AND_MISSING) {
				skipped.addAll(this.warehouse.finalLoadedDays(account, app, range.from(), range.to()));
			}
			if (schema && selection == Selection.MISSING) {
				skipped.addAll(this.warehouse.loadedDays(account, app, range.from(), range.to()));
			}
			if (instance != null) {
				skipped.addAll(this.warehouse.daysLoadedByJobInstance(account, app, instance.getInstanceId()));
			}
			long fetch = range.days() - skipped.size();
			toFetch += fetch;
			out.printf("  app %s: %d day(s), %d skipped (%s), %d to fetch%n", app, range.days(), skipped.size(),
					(selection == Selection.MISSING) ? "loaded" : "final and loaded, or loaded by this run before",
					fetch);
		}
		Duration time = Duration.ofSeconds((long) Math.ceil(toFetch / this.source.pacedRequestsPerSecond()));
		out.printf(
				"total: %d window(s) to fetch = %d API call(s) without retries, plus one per 50 apps to list"
						+ " the apps; about %s at rtk.rate.requests-per-second=%s%n",
				toFetch, toFetch, human(time), this.properties.rate().requestsPerSecond());
		return Cli.OK;
	}

	static String human(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return (seconds / 60) + " min " + (seconds % 60) + " s";
		}
		return (seconds / 3600) + " h " + ((seconds % 3600) / 60) + " min";
	}

	/**
	 * Executions of this job for this account that are still marked running were left by
	 * a process that died (we hold the account's lock, so none is alive): mark them
	 * failed so that they can be restarted.
	 */
	private void recoverAbandonedExecutions(String jobName) {
		for (JobExecution execution : this.jobRepository.findRunningJobExecutions(jobName)) {
			String account = execution.getJobParameters().getString(RunParameters.ACCOUNT);
			if (this.properties.accountId().equals(account)) {
				this.jobOperator.recover(execution);
			}
		}
	}

	private int report(JobExecution execution, long windowsInRange, PrintStream out, PrintStream err) {
		long fetched = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStepName().startsWith(WindowLoadConfiguration.APP_STEP)) {
				fetched += step.getReadCount();
			}
		}
		List<FailedWindow> failed = this.warehouse.failedIn(execution.getId());
		SourceStats stats = this.source.stats();
		Duration took = (execution.getStartTime() != null && execution.getEndTime() != null)
				? Duration.between(execution.getStartTime(), execution.getEndTime()) : Duration.ZERO;
		int exitCode = (execution.getStatus() == BatchStatus.COMPLETED) ? Cli.OK : Cli.FAILED;
		RunSummary summary = RunSummary.of(fetched, failed.size(), this.warehouse.writtenBy(execution.getId()),
				Math.max(0, windowsInRange - fetched), stats, took, exitCode);
		execution.getExecutionContext().putString(RunSummary.KEY, summary.toString());
		this.jobRepository.updateExecutionContext(execution);
		out.println(execution.getJobInstance().getJobName() + " execution " + execution.getId() + ": "
				+ execution.getStatus() + "; " + summary);
		out.printf(
				"time of the app steps: waiting for fetches %.1f s, writing rows %.1f s, the rest (Batch) %.1f s;"
						+ " HTTP %.1f s over the fetch threads; peak heap %d MB%n",
				seconds(this.timings.fetchWait()), seconds(this.timings.write()), seconds(batchTime(execution)),
				seconds(stats.httpTime()), peakHeapBytes() / (1024 * 1024));
		for (FailedWindow window : failed) {
			err.println("failed: app " + window.appId() + " day " + window.day() + " after " + window.attempts()
					+ " attempt(s): " + window.lastError());
		}
		if (exitCode == Cli.OK) {
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
