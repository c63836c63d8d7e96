package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.config.Dataset;
import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.ApiException;
import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.AppListing;
import io.rtkwarehouse.window.DayRange;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Starts (or restarts) a job under the account's lock: lists the apps, so that an
 * unreachable API or a refused token writes nothing; marks executions a dead process left
 * running as failed; shows progress while the job runs; reports its outcome.
 */
@Component
class JobLaunch {

	private final WarehouseGuard guard;

	private final AppListing listing;

	private final JobOperator jobOperator;

	private final Clock clock;

	private final AbandonedRuns abandoned;

	private final RunProgress progress;

	private final RunReport report;

	private final RunStopper stopper;

	JobLaunch(WarehouseGuard guard, AppListing listing, JobOperator jobOperator, Clock clock, AbandonedRuns abandoned,
			RunProgress progress, RunReport report, RunStopper stopper) {
		this.guard = guard;
		this.listing = listing;
		this.jobOperator = jobOperator;
		this.clock = clock;
		this.abandoned = abandoned;
		this.progress = progress;
		this.report = report;
		this.stopper = stopper;
	}

	int start(Job job, RunRequest request, DayRange range, ZoneId zone, PrintStream out, PrintStream err) {
		String account = this.guard.properties().accountId();
		Optional<List<String>> askedFor = RunLauncher.appsAskedFor(request, this.guard.properties());
		List<AppInfo> listed = list(askedFor.isPresent(), err);
		List<String> apps = askedFor.orElseGet(() -> RunLauncher.ids(listed));
		if (apps.isEmpty()) {
			throw new InvalidConfigurationException(
					"account " + account + " has no RealtimeKit apps, and none were given with --apps or rtk.apps");
		}
		JobParameters parameters = request.jobParameters(account, zone, askedFor, apps, range,
				this.guard.finalBefore(zone), this.clock.millis(), this.guard.properties().datasets());
		this.abandoned.recover(job.getName(), account);
		List<Dataset> datasets = this.guard.properties().datasets();
		out.println(job.getName() + " " + range + " in " + zone + ": " + apps.size() + " app(s), "
				+ (datasets.contains(Dataset.LIVESTREAMS) ? range.days() * apps.size() + " window(s) in range" : "")
				+ (datasets.equals(List.of(Dataset.LIVESTREAMS)) ? ""
						: (datasets.size() > 1 ? "; " : "") + "usage of " + range.days() * apps.size()
								+ " app day(s), in windows of up to " + Dataset.USAGE.maxWindowDays() + " days"));
		JobExecution execution;
		try (RunProgress.Reporting reporting = this.progress.start(err,
				this.guard.properties().progress().interval())) {
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
		int exitCode = this.report.print(execution, out, err);
		return this.stopper.stoppedWith().orElse(exitCode);
	}

	/**
	 * The apps the endpoint lists. When the apps to load are given, the listing only
	 * refreshes their names: a listing the API answers with an error (5xx, 404, a 429
	 * storm) does not stop the run. A refused token, or an API that does not answer at
	 * all, does.
	 */
	private List<AppInfo> list(boolean appsGiven, PrintStream err) {
		try {
			AppListing.Listed listed = this.listing.list();
			listed.skipped().forEach((skipped) -> err.println("warning: " + skipped));
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
