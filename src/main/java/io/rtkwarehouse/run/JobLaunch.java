package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.source.ApiException;
import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.AppListing;
import io.rtkwarehouse.warehouse.Apps;
import io.rtkwarehouse.window.DayRange;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Starts (or restarts) a job under the account's lock: finds its apps (a load lists them,
 * so that an unreachable API or a refused token writes nothing); marks executions a dead
 * process left running as failed; shows progress while the job runs; reports its outcome.
 */
@Component
class JobLaunch {

	/** Skipped app ids named one per line; the rest are counted. */
	private static final int SKIPPED_NAMED = 5;

	private final WarehouseGuard guard;

	private final AppListing listing;

	private final Apps knownApps;

	private final Datasets datasets;

	private final JobOperator jobOperator;

	private final Clock clock;

	private final AbandonedRuns abandoned;

	private final RunProgress progress;

	private final RunReport report;

	private final RunStopper stopper;

	private final RangeGuard rangeGuard;

	JobLaunch(WarehouseGuard guard, AppListing listing, Apps knownApps, Datasets datasets, JobOperator jobOperator,
			Clock clock, AbandonedRuns abandoned, RunProgress progress, RunReport report, RunStopper stopper,
			RangeGuard rangeGuard) {
		this.rangeGuard = rangeGuard;
		this.guard = guard;
		this.listing = listing;
		this.knownApps = knownApps;
		this.datasets = datasets;
		this.jobOperator = jobOperator;
		this.clock = clock;
		this.abandoned = abandoned;
		this.progress = progress;
		this.report = report;
		this.stopper = stopper;
	}

	int start(RtkProperties account, Job job, RunRequest request, DayRange range, ZoneId zone, List<String> datasets,
			PrintStream out, PrintStream err) {
		String id = account.accountId();
		Optional<List<String>> askedFor = RunLauncher.appsAskedFor(request.apps(), account);
		List<AppInfo> listed = List.of();
		List<String> apps = switch (request.kind()) {
			case BACKFILL, NIGHTLY -> {
				List<AppInfo> answered = list(account, askedFor.isPresent(), err);
				listed = answered;
				yield askedFor.orElseGet(() -> RunLauncher.ids(answered));
			}
			case RECONCILE -> {
				listed = this.knownApps.listed(id)
					.stream()
					.map((app) -> new AppInfo(app.id(), app.name(), app.createdAt()))
					.toList();
				yield askedFor.orElseGet(() -> this.knownApps.known(id));
			}
			case REBUILD -> List.of();
		};
		if (apps.isEmpty() && request.kind() != RunRequest.Kind.REBUILD) {
			if (request.kind() == RunRequest.Kind.RECONCILE) {
				out.println(job.getName() + " " + range + ", account " + id
						+ ": no app known to the warehouse yet (none listed or loaded); give --apps to check some");
				return ExitCodes.FAILED;
			}
			throw new InvalidConfigurationException(
					"account " + id + " has no RealtimeKit apps, and none were given with --apps or rtk.apps");
		}
		JobParameters parameters = request.jobParameters(id, zone, askedFor, apps, range,
				this.guard.finalBefore(zone, account), this.clock.millis(), datasets);
		if (request.kind() != RunRequest.Kind.REBUILD) {
			this.rangeGuard.check(account, listed, apps, err);
		}
		this.abandoned.recover(job.getName(), id);
		out.println(firstLine(job, range, zone, apps, datasets, account.spans().enabled()));
		SourceRetention.note(account, range, this.clock).ifPresent(out::println);
		JobExecution execution;
		try (RunProgress.Reporting reporting = this.progress.start(err, account.progress().interval())) {
			execution = this.jobOperator.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			out.println("This " + job.getName() + " already completed: every window of " + range
					+ " is loaded. Nothing to do (--refetch fetches final windows again).");
			return ExitCodes.OK;
		}
		catch (JobExecutionException ex) {
			throw new NotStartedException("could not start " + job.getName() + ": " + ex.getMessage(), ex);
		}
		int exitCode = this.report.print(account, execution, out, err);
		return this.stopper.stoppedWith().orElse(exitCode);
	}

	/**
	 * What the run covers: its apps, and each dataset's windows and requests. Days before
	 * an app existed are counted here, though never asked for.
	 */
	private String firstLine(Job job, DayRange range, ZoneId zone, List<String> apps, List<String> ids, boolean spans) {
		if (apps.isEmpty()) {
			return job.getName() + " " + range + " in " + zone + ": every app of the account, " + String.join(", ", ids)
					+ " from the raw answers";
		}
		List<Dataset<?>> run = this.datasets.of(ids);
		String parts = run.stream().map((dataset) -> {
			Dataset.Planning planning = dataset.planning();
			return ((run.size() > 1) ? dataset.id() + ": " : "") + range.days() * apps.size() + " window(s) in range"
					+ ((planning.days() != Dataset.Days.ZONE) ? " " + planning.days().describe(zone) : "")
					+ (planning.zeroSpans() ? (spans ? ", idle days asked in zero spans of up to a calendar month" : "")
							: (planning.maxDays() > 1) ? ", in requests of up to " + planning.maxDays() + " days" : "");
		}).collect(Collectors.joining("; "));
		return job.getName() + " " + range + " in " + zone + ": " + apps.size() + " app(s)"
				+ ((run.size() > 1) ? "; " : ", ") + parts;
	}

	/**
	 * The apps the endpoint lists. When the apps to load are given, the listing only
	 * refreshes their names: a listing the API answers with an error (5xx, 404, a 429
	 * storm) does not stop the run. A refused token, or an API that does not answer at
	 * all, does.
	 */
	private List<AppInfo> list(RtkProperties account, boolean appsGiven, PrintStream err) {
		try {
			AppListing.Listed listed = this.listing.list(account);
			List<String> skipped = listed.skipped();
			skipped.stream().limit(SKIPPED_NAMED).forEach((line) -> err.println("warning: " + line));
			if (skipped.size() > SKIPPED_NAMED) {
				err.println("warning: and " + (skipped.size() - SKIPPED_NAMED)
						+ " more app id(s) the apps endpoint listed were skipped likewise");
			}
			return listed.apps();
		}
		catch (ApiException ex) {
			// No answer at all: the API cannot be reached, and no window could be
			// fetched.
			if (!appsGiven || !ex.answered()) {
				throw ex;
			}
			err.println("warning: could not refresh the app names (" + ex.getMessage() + "); loading the apps given");
			return List.of();
		}
	}

	/** Spring Batch refused to start the job. */
	static class NotStartedException extends RuntimeException {

		NotStartedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
