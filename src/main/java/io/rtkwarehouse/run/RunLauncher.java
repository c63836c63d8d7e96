package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.ApiAuthorizationException;
import io.rtkwarehouse.source.ApiException;
import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.QuotaPauseTooLongException;
import io.rtkwarehouse.warehouse.FailedStarts;
import io.rtkwarehouse.warehouse.FailedStarts.FailedStart;
import io.rtkwarehouse.warehouse.RunLock;
import io.rtkwarehouse.window.DayRange;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/**
 * Runs {@code backfill} and {@code nightly}: checks the configuration, cuts the range at
 * the last day that has ended, migrates the schema, takes the account's lock and hands
 * the run to {@link JobLaunch}. A run that ends before its job starts leaves a trace in
 * {@link FailedStarts} for {@code status}. What the run does to the warehouse happens
 * inside the job.
 */
@Component
public class RunLauncher {

	private final WarehouseGuard guard;

	private final RunLock runLock;

	private final Job backfillJob;

	private final Job nightlyJob;

	private final Clock clock;

	private final DryRun dryRun;

	private final JobLaunch launch;

	private final FailedStarts failedStarts;

	RunLauncher(WarehouseGuard guard, RunLock runLock, Job backfillJob, Job nightlyJob, Clock clock, DryRun dryRun,
			JobLaunch launch, FailedStarts failedStarts) {
		this.guard = guard;
		this.runLock = runLock;
		this.backfillJob = backfillJob;
		this.nightlyJob = nightlyJob;
		this.clock = clock;
		this.dryRun = dryRun;
		this.launch = launch;
		this.failedStarts = failedStarts;
	}

	public int run(RunRequest request, PrintStream out, PrintStream err) throws InterruptedException {
		this.guard.checkConfiguration(true, true);
		DayRange range = rangeToLoad(request, this.guard.properties().zoneId(), out);
		Job job = (request.kind() == RunRequest.Kind.BACKFILL) ? this.backfillJob : this.nightlyJob;
		if (request.dryRun()) {
			return this.dryRun.print(job, request, range, out);
		}
		this.guard.migrate();
		ZoneId zone = this.guard.zone();
		String account = this.guard.properties().accountId();
		String holder = "rtk-warehouse " + job.getName() + " " + range + " pid " + ProcessHandle.current().pid();
		Duration wait = this.guard.properties().lock().waitFor();
		Instant began = this.clock.instant();
		Optional<RunLock.Held> lock = this.runLock.acquire(account, holder, wait);
		if (lock.isEmpty()) {
			String reason = this.runLock.refusal(account, "fetching", wait);
			err.println("error: " + reason + ". Try again when it has finished.");
			recordFailedStart(job, range, began, "locked", reason);
			return ExitCodes.LOCKED;
		}
		try (RunLock.Held held = lock.get()) {
			return this.launch.start(job, request, range, zone, out, err);
		}
		catch (ApiException | ApiAuthorizationException | QuotaPauseTooLongException
				| JobLaunch.NotStartedException ex) {
			recordFailedStart(job, range, began, "failed", ex.getMessage());
			throw ex;
		}
	}

	private void recordFailedStart(Job job, DayRange range, Instant began, String outcome, String reason) {
		this.failedStarts.record(new FailedStart(this.guard.properties().accountId(), job.getName(), range.from(),
				range.to(), began, this.clock.instant(), outcome, reason));
	}

	/** The requested range, cut at the last day that has ended in the zone. */
	private DayRange rangeToLoad(RunRequest request, ZoneId zone, PrintStream out) {
		DayRange requested = (request.kind() == RunRequest.Kind.BACKFILL) ? request.range()
				: DayRange.nightly((request.date() != null) ? request.date() : this.guard.today(zone),
						this.guard.properties().lookbackDays());
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

	static Optional<List<String>> appsAskedFor(RunRequest request, RtkProperties properties) {
		return appsAskedFor(request.apps(), properties);
	}

	/** The apps given on the command line, else those of {@code rtk.apps}, if any. */
	public static Optional<List<String>> appsAskedFor(Optional<List<String>> given, RtkProperties properties) {
		return given.or(() -> Optional.of(properties.apps()).filter((apps) -> !apps.isEmpty()));
	}

	static List<String> ids(List<AppInfo> apps) {
		return apps.stream().map(AppInfo::id).distinct().sorted().toList();
	}

}
