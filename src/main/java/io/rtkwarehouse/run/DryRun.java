package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.config.Dataset;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.job.RunParameters.Selection;
import io.rtkwarehouse.job.RunSummary;
import io.rtkwarehouse.job.WindowPlan;
import io.rtkwarehouse.job.WindowPlanner;
import io.rtkwarehouse.source.AppListing;
import io.rtkwarehouse.source.LivestreamSource;
import io.rtkwarehouse.window.DayRange;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * {@code --dry-run}: what a run would fetch, how many calls it makes and how long that
 * takes at the budget (at the quota the API reported to the last run of the job, when it
 * reported one), asked of the same {@link WindowPlanner} as the job. Reads the warehouse
 * when its schema is there; writes nothing.
 */
@Component
class DryRun {

	private final WarehouseGuard guard;

	private final AppListing listing;

	private final LivestreamSource source;

	private final WindowPlanner planner;

	private final JobRepository jobRepository;

	DryRun(WarehouseGuard guard, AppListing listing, LivestreamSource source, WindowPlanner planner,
			JobRepository jobRepository) {
		this.guard = guard;
		this.listing = listing;
		this.source = source;
		this.planner = planner;
		this.jobRepository = jobRepository;
	}

	int print(Job job, RunRequest request, DayRange range, PrintStream out) {
		String account = this.guard.properties().accountId();
		boolean schema = this.guard.schemaCurrent();
		ZoneId zone = schema ? this.guard.zone() : this.guard.properties().zoneId();
		Optional<List<String>> askedFor = RunLauncher.appsAskedFor(request, this.guard.properties());
		List<String> apps = askedFor.orElseGet(() -> RunLauncher.ids(this.listing.list().apps()));
		JobParameters parameters = request.jobParameters(account, zone, askedFor, apps, range,
				this.guard.finalBefore(zone), 0, this.guard.properties().datasets());
		JobInstance instance = schema ? this.jobRepository.getJobInstance(job.getName(), parameters) : null;
		out.println(job.getName() + " " + range + " in " + zone + " (dry run: nothing is fetched or written)");
		if (!schema) {
			out.println("note: the warehouse schema is not there or not up to date: every window counts as to fetch");
		}
		Selection selection = request.selection();
		Long instanceId = (instance != null) ? instance.getInstanceId() : null;
		long toFetch = 0;
		String skipped = (selection == Selection.MISSING) ? "loaded" : "final and loaded, or loaded by this run before";
		for (Dataset dataset : this.guard.properties().datasets()) {
			for (String app : apps) {
				WindowPlan plan = WindowPlan.of(parameters, dataset, app, instanceId);
				long fetch = schema ? this.planner.days(plan).size() : range.days();
				long requests = schema ? this.planner.requests(plan)
						: (fetch + dataset.maxWindowDays() - 1) / dataset.maxWindowDays();
				toFetch += requests;
				if (dataset == Dataset.LIVESTREAMS) {
					out.printf("  app %s: %d day(s), %d skipped (%s), %d to fetch%n", app, range.days(),
							range.days() - fetch, skipped, fetch);
				}
				else {
					out.printf("  app %s %s: %d day(s), %d skipped (%s), %d to fetch in %d request(s)%n", app,
							dataset.id(), range.days(), range.days() - fetch, skipped, fetch, requests);
				}
			}
		}
		RtkProperties.Rate budget = this.guard.properties().rate();
		double rate = this.source.pacedRequestsPerSecond();
		String at = (budget.ceiling() != null) ? "rtk.rate.requests-per-second=" + budget.ceiling()
				: "2 requests/s until the API reports its quota (rtk.rate.requests-per-second=auto)";
		ExecutionContext last = schema ? lastRun(job) : null;
		if (last != null && last.containsKey(RunSummary.QUOTA_LIMIT_KEY)) {
			long limit = last.getLong(RunSummary.QUOTA_LIMIT_KEY);
			long window = last.getLong(RunSummary.QUOTA_WINDOW_KEY);
			double quoted = limit * (1 - budget.reserve()) / window;
			rate = (budget.ceiling() != null) ? Math.min(rate, quoted) : quoted;
			at = String.format("%.2f requests/s, the quota the API last reported (%d per %d s) less the reserve"
					+ " of %s, if nothing else spends it", rate, limit, window, budget.reserve());
		}
		Duration time = Duration.ofSeconds((long) Math.ceil(toFetch / rate));
		out.printf("total: %d window(s) to fetch = %d API call(s) without retries, plus one per 50 apps to list"
				+ " the apps; about %s at %s%n", toFetch, toFetch, Failures.human(time), at);
		return ExitCodes.OK;
	}

	/** The context of the last run of this job, where the quota it saw is stored. */
	private ExecutionContext lastRun(Job job) {
		JobInstance instance = this.jobRepository.getLastJobInstance(job.getName());
		JobExecution execution = (instance != null) ? this.jobRepository.getLastJobExecution(instance) : null;
		return (execution != null) ? execution.getExecutionContext() : null;
	}

}
