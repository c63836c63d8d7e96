package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.CrossCheck;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
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
 * Runs {@code backfill}, {@code nightly}, {@code reconcile} and {@code rebuild} for one
 * account, the same way: checks the configuration, cuts the range at the last day that
 * has ended, migrates the schema, refuses a zone other than the account's, takes the
 * account's lock and hands the run to {@link JobLaunch}. A run that ends before its job
 * starts leaves a trace in {@link FailedStarts} for {@code status}. What the run does to
 * the warehouse happens inside its job.
 */
@Component
public class RunLauncher {

	/** The zone of the days a cross-check compares. */
	private static final ZoneId UTC = ZoneId.of("UTC");

	private final WarehouseGuard guard;

	private final RunLock runLock;

	private final Map<String, Job> jobs;

	private final Datasets datasets;

	private final Clock clock;

	private final DryRun dryRun;

	private final JobLaunch launch;

	private final FailedStarts failedStarts;

	RunLauncher(WarehouseGuard guard, RunLock runLock, List<Job> jobs, Datasets datasets, Clock clock, DryRun dryRun,
			JobLaunch launch, FailedStarts failedStarts) {
		this.guard = guard;
		this.runLock = runLock;
		this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
		this.datasets = datasets;
		this.clock = clock;
		this.dryRun = dryRun;
		this.launch = launch;
		this.failedStarts = failedStarts;
	}

	public int run(RtkProperties account, RunRequest request, PrintStream out, PrintStream err)
			throws InterruptedException {
		RunRequest.Kind kind = request.kind();
		this.guard.checkConfiguration(kind.needsApi(), true);
		List<Dataset<?>> datasets = datasets(kind, account);
		List<CrossCheck> checks = (kind == RunRequest.Kind.RECONCILE)
				? datasets.stream().map((dataset) -> dataset.crossCheck().orElseThrow()).toList() : List.of();
		checks.forEach((check) -> refuse(check, "rtk.zone is " + account.zone(), account.zone()));
		ZoneId rangeZone = checks.isEmpty() ? account.zoneId() : UTC;
		DayRange range = rangeToLoad(request, account, rangeZone, out);
		Job job = this.jobs.get(kind.job());
		if (request.dryRun()) {
			return this.dryRun.print(account, job, request, range, out);
		}
		this.guard.migrate();
		ZoneId zone;
		if (checks.isEmpty()) {
			zone = this.guard.zone(account);
		}
		else {
			Optional<String> loaded = this.guard.loadedZone(account.accountId());
			loaded.ifPresent((days) -> checks.forEach((check) -> refuse(check,
					"the days of account " + account.accountId() + " are loaded in " + days, days)));
			zone = UTC;
		}
		String id = account.accountId();
		String holder = "rtk-warehouse " + job.getName() + " " + range + " pid " + ProcessHandle.current().pid();
		Duration wait = account.lock().waitFor();
		Instant began = this.clock.instant();
		Optional<RunLock.Held> lock = this.runLock.acquire(id, holder, wait);
		if (lock.isEmpty()) {
			String reason = this.runLock.refusal(id, kind.doing(), wait);
			err.println("error: " + reason + ". Try again when it has finished.");
			recordFailedStart(id, job, range, began, "locked", reason);
			return ExitCodes.LOCKED;
		}
		try (RunLock.Held held = lock.get()) {
			return this.launch.start(account, job, request, range, zone, datasets.stream().map(Dataset::id).toList(),
					out, err);
		}
		catch (ApiException | ApiAuthorizationException | QuotaPauseTooLongException
				| JobLaunch.NotStartedException ex) {
			recordFailedStart(id, job, range, began, "failed", ex.getMessage());
			throw ex;
		}
	}

	/**
	 * The datasets a run works on: those with a cross-check for reconcile, else the
	 * configured ones.
	 */
	private List<Dataset<?>> datasets(RunRequest.Kind kind, RtkProperties account) {
		if (kind == RunRequest.Kind.RECONCILE) {
			return this.datasets.all().stream().filter((dataset) -> dataset.crossCheck().isPresent()).toList();
		}
		return this.datasets.of(account.datasets());
	}

	private static void refuse(CrossCheck check, String what, String zone) {
		String refusal = check.refusal(zone);
		if (refusal != null) {
			throw new InvalidConfigurationException(what + ": " + refusal);
		}
	}

	private void recordFailedStart(String account, Job job, DayRange range, Instant began, String outcome,
			String reason) {
		this.failedStarts.record(new FailedStart(account, job.getName(), range.from(), range.to(), began,
				this.clock.instant(), outcome, reason));
	}

	/** The requested range, cut at the last day that has ended in the zone. */
	private DayRange rangeToLoad(RunRequest request, RtkProperties account, ZoneId zone, PrintStream out) {
		DayRange requested = (request.kind() != RunRequest.Kind.NIGHTLY) ? request.range() : DayRange
			.nightly((request.date() != null) ? request.date() : this.guard.today(zone), account.lookbackDays());
		LocalDate lastEnded = DayRange.lastEndedDay(this.clock, zone);
		DayRange range = requested.endingNoLaterThan(lastEnded);
		boolean loads = request.kind() == RunRequest.Kind.BACKFILL || request.kind() == RunRequest.Kind.NIGHTLY;
		if (range == null) {
			throw new InvalidConfigurationException(
					"nothing to " + (loads ? "load" : request.kind().job()) + ": no day of " + requested
							+ " has ended yet in " + zone + " (the last complete day is " + lastEnded + ")");
		}
		if (!range.equals(requested)) {
			out.println("note: days after " + lastEnded + " have not ended yet in " + zone + "; "
					+ (loads ? "loading " : request.kind().job() + " of ") + range + " instead of " + requested);
		}
		return range;
	}

	/**
	 * The apps given on the command line, else those of the account's settings, if any.
	 */
	public static Optional<List<String>> appsAskedFor(Optional<List<String>> given, RtkProperties account) {
		return given.or(() -> Optional.of(account.apps()).filter((apps) -> !apps.isEmpty()));
	}

	static List<String> ids(List<AppInfo> apps) {
		return apps.stream().map(AppInfo::id).distinct().sorted().toList();
	}

}
