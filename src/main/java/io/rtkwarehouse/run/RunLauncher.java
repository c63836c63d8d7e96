package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.AppListing;
import io.rtkwarehouse.warehouse.RunLock;
import io.rtkwarehouse.window.DayRange;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Runs {@code backfill} and {@code nightly}: checks the configuration, migrates the
 * schema, takes the account's lock, lists the apps, launches (or restarts) the job and
 * reports its outcome. What the run does to the warehouse happens inside the job.
 */
@Component
public class RunLauncher {

	private final WarehouseGuard guard;

	private final RtkProperties properties;

	private final RunLock runLock;

	private final AppListing listing;

	private final JobOperator jobOperator;

	private final Job backfillJob;

	private final Job nightlyJob;

	private final Clock clock;

	private final AbandonedRuns abandoned;

	private final DryRun dryRun;

	private final RunReport report;

	private final RunProgress progress;

	RunLauncher(WarehouseGuard guard, RunLock runLock, AppListing listing, JobOperator jobOperator, Job backfillJob,
			Job nightlyJob, Clock clock, AbandonedRuns abandoned, DryRun dryRun, RunReport report,
			RunProgress progress) {
		this.guard = guard;
		this.properties = guard.properties();
		this.runLock = runLock;
		this.listing = listing;
		this.jobOperator = jobOperator;
		this.backfillJob = backfillJob;
		this.nightlyJob = nightlyJob;
		this.clock = clock;
		this.abandoned = abandoned;
		this.dryRun = dryRun;
		this.report = report;
		this.progress = progress;
	}

	public int run(RunRequest request, PrintStream out, PrintStream err) throws InterruptedException {
		this.guard.checkConfiguration(true);
		DayRange range = rangeToLoad(request, this.properties.zoneId(), out);
		Job job = (request.kind() == RunRequest.Kind.BACKFILL) ? this.backfillJob : this.nightlyJob;
		if (request.dryRun()) {
			return this.dryRun.print(job, request, range, out);
		}
		this.guard.migrate();
		ZoneId zone = this.guard.zone();
		String account = this.properties.accountId();
		String holder = "rtk-warehouse " + job.getName() + " " + range + " pid " + ProcessHandle.current().pid();
		Duration wait = this.properties.lock().waitFor();
		Optional<RunLock.Held> lock = this.runLock.acquire(account, holder, wait);
		if (lock.isEmpty()) {
			err.println(
					"error: another run of account " + account + " is fetching: " + this.runLock.describeHolder(account)
							+ "; waited " + wait.toSeconds() + " s (rtk.lock.wait). Try again when it has finished.");
			return ExitCodes.LOCKED;
		}
		try (RunLock.Held held = lock.get()) {
			return launch(job, request, range, zone, out, err);
		}
	}

	/** The requested range, cut at the last day that has ended in the zone. */
	private DayRange rangeToLoad(RunRequest request, ZoneId zone, PrintStream out) {
		DayRange requested = (request.kind() == RunRequest.Kind.BACKFILL) ? request.range() : DayRange.nightly(
				(request.date() != null) ? request.date() : this.guard.today(zone), this.properties.lookbackDays());
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

	private int launch(Job job, RunRequest request, DayRange range, ZoneId zone, PrintStream out, PrintStream err) {
		String account = this.properties.accountId();
		List<AppInfo> listed = this.listing.list();
		Optional<List<String>> askedFor = appsAskedFor(request, this.properties);
		List<String> apps = askedFor.orElseGet(() -> ids(listed));
		if (apps.isEmpty()) {
			throw new InvalidConfigurationException(
					"account " + account + " has no RealtimeKit apps, and none were given with --apps or rtk.apps");
		}
		JobParameters parameters = request.jobParameters(account, zone, askedFor, apps, range,
				this.guard.finalBefore(zone), this.clock.millis());
		this.abandoned.recover(job.getName(), account);
		out.println(job.getName() + " " + range + " in " + zone + ": " + apps.size() + " app(s), "
				+ range.days() * apps.size() + " window(s) in range");
		JobExecution execution;
		try (RunProgress.Reporting reporting = this.progress.start(err, this.properties.progress().interval())) {
			execution = this.jobOperator.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			out.println("This " + job.getName() + " already completed: every window of " + range
					+ " is loaded. Nothing to do (--refetch fetches final windows again).");
			return ExitCodes.OK;
		}
		catch (JobExecutionException ex) {
			err.println("error: could not start " + job.getName() + ": " + ex.getMessage());
			return ExitCodes.FAILED;
		}
		return this.report.print(execution, out, err);
	}

	static Optional<List<String>> appsAskedFor(RunRequest request, RtkProperties properties) {
		return request.apps().or(() -> Optional.of(properties.apps()).filter((apps) -> !apps.isEmpty()));
	}

	static List<String> ids(List<AppInfo> apps) {
		return apps.stream().map(AppInfo::id).distinct().sorted().toList();
	}

}
