package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.job.Plan;
import io.rtkwarehouse.job.Planner;
import io.rtkwarehouse.job.RunParameters.Selection;
import io.rtkwarehouse.job.RunSummary;
import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.AppListing;
import io.rtkwarehouse.source.RealtimeKit;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.window.DaySpan;

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
 * reported one), asked of the same {@link Planner} as the job, for every dataset of the
 * run. Reads the warehouse when its schema is there; writes nothing.
 */
@Component
class DryRun {

	private final WarehouseGuard guard;

	private final AppListing listing;

	private final RealtimeKit api;

	private final Planner planner;

	private final Datasets datasets;

	private final JobRepository jobRepository;

	private final java.time.Clock clock;

	DryRun(WarehouseGuard guard, AppListing listing, RealtimeKit api, Planner planner, Datasets datasets,
			JobRepository jobRepository, java.time.Clock clock) {
		this.clock = clock;
		this.guard = guard;
		this.listing = listing;
		this.api = api;
		this.planner = planner;
		this.datasets = datasets;
		this.jobRepository = jobRepository;
	}

	int print(RtkProperties account, Job job, RunRequest request, DayRange range, PrintStream out) {
		String id = account.accountId();
		boolean schema = this.guard.schemaCurrent();
		ZoneId zone = schema ? this.guard.zone(account) : account.zoneId();
		Optional<List<String>> askedFor = RunLauncher.appsAskedFor(request.apps(), account);
		Map<String, String> listedCreated = new HashMap<>();
		List<String> apps = askedFor.orElseGet(() -> {
			List<AppInfo> listed = this.listing.list(account).apps();
			listed.stream()
				.filter((app) -> app.createdAt() != null)
				.forEach((app) -> listedCreated.put(app.id(), app.createdAt()));
			return RunLauncher.ids(listed);
		});
		List<Dataset<?>> run = this.datasets.of(account.datasets());
		JobParameters parameters = request.jobParameters(id, zone, askedFor, apps, range,
				this.guard.finalBefore(zone, account), 0, run.stream().map(Dataset::id).toList());
		JobInstance instance = schema ? this.jobRepository.getJobInstance(job.getName(), parameters) : null;
		out.println(job.getName() + " " + range + " in " + zone + " (dry run: nothing is fetched or written)");
		SourceRetention.note(account, range, this.clock).ifPresent(out::println);
		if (!schema) {
			out.println("note: the warehouse schema is not there or not up to date: every window counts as to fetch");
		}
		Long instanceId = (instance != null) ? instance.getInstanceId() : null;
		String skipped = (request.selection() == Selection.MISSING) ? "loaded"
				: "final and loaded, or loaded by this run before";
		long toFetch = 0;
		long oneADay = 0;
		long least = 0;
		long most = 0;
		double expected = 0;
		boolean unknown = false;
		boolean spans = false;
		for (Dataset<?> dataset : run) {
			for (String app : apps) {
				Plan plan = Plan.of(parameters, dataset.id(), app, instanceId);
				// An app the warehouse does not know yet: the run records the listing
				// first, and cuts at its created day too.
				Optional<LocalDate> listed = listedDay(listedCreated.get(app), zone);
				Optional<LocalDate> created = schema ? this.planner.createdDay(plan).or(() -> listed) : listed;
				long before = created.filter((day) -> day.isAfter(range.from()))
					.map((day) -> Math.min(range.days(), day.toEpochDay() - range.from().toEpochDay()))
					.orElse(0L);
				Set<LocalDate> days = new TreeSet<>(schema ? this.planner.days(plan) : range.stream().toList());
				created.ifPresent((first) -> days.removeIf((day) -> day.isBefore(first)));
				long fetch = days.size();
				boolean zeroSpans = dataset.planning().zeroSpans() && account.spans().enabled();
				List<Request> requests = schema ? dataset.requests(id, app, days, zone)
						: (zeroSpans ? DaySpan.byMonth(app, days)
								: DaySpan.cut(app, days, dataset.planning().maxDays()))
							.stream()
							.map((span) -> new Request(id, app, span.days(), zone))
							.toList();
				Dataset.Cost cost = schema ? dataset.cost(id, app, requests) : withoutWarehouse(requests, zeroSpans);
				toFetch += requests.size();
				oneADay += cost.days();
				least += cost.least();
				most += cost.most();
				spans |= cost.most() > cost.least();
				if (cost.expected() != null) {
					expected += cost.expected();
				}
				else {
					unknown = true;
					expected += cost.most();
				}
				String calls = (cost.most() == cost.least()) ? cost.least() + " request(s)" : String.format(Locale.ROOT,
						"%d to %d request(s) with zero spans, %s", cost.least(), cost.most(),
						(cost.expected() != null)
								? String.format(Locale.ROOT, "about %.0f from %s", cost.expected(), cost.basis())
								: "nothing loaded yet to estimate from");
				out.printf(Locale.ROOT, "  app %s%s: %d day(s), %d skipped (%s), %s%d to fetch in %s%n", app,
						(run.size() > 1) ? " " + dataset.id() : "", range.days(), range.days() - fetch - before,
						skipped,
						(before > 0) ? before + " before the app existed (created " + created.get() + "), " : "", fetch,
						calls);
			}
		}
		if (spans) {
			out.printf(Locale.ROOT,
					"one request per day: %d request(s); with zero spans: %d if every span is idle, %d if every day"
							+ " is active, about %.0f expected%s%n",
					oneADay, least, most, expected,
					unknown ? " if the apps with nothing loaded yet to estimate from are active every day" : "");
			toFetch = Math.round(expected);
		}
		RtkProperties.Rate budget = account.rate();
		double rate = this.api.pacedRequestsPerSecond(account);
		String at = (budget.ceiling() != null) ? "rtk.rate.requests-per-second=" + budget.ceiling()
				: "2 requests/s until the API reports its quota (rtk.rate.requests-per-second=auto)";
		ExecutionContext last = schema ? lastRun(job) : null;
		if (last != null && last.containsKey(RunSummary.QUOTA_LIMIT_KEY)) {
			long limit = last.getLong(RunSummary.QUOTA_LIMIT_KEY);
			long window = last.getLong(RunSummary.QUOTA_WINDOW_KEY);
			double quoted = limit * (1 - budget.reserve()) / window;
			rate = (budget.ceiling() != null) ? Math.min(rate, quoted) : quoted;
			at = String.format(Locale.ROOT,
					"%.2f requests/s, the quota the API last reported (%d per %d s) less the reserve"
							+ " of %s, if nothing else spends it",
					rate, limit, window, budget.reserve());
		}
		Duration time = Duration.ofSeconds((long) Math.ceil(toFetch / rate));
		out.printf(Locale.ROOT,
				"total: %d request(s) = %d API call(s) without retries%s, plus one per 50 apps to list the apps"
						+ " and one for the range guard (a day that cannot hold data); about %s at %s%n",
				toFetch, toFetch, spans ? " (expected with zero spans)" : "", Failures.human(time), at);
		return ExitCodes.OK;
	}

	/** What requests may cost when no warehouse tells more. */
	private static Dataset.Cost withoutWarehouse(List<Request> requests, boolean zeroSpans) {
		return zeroSpans ? Dataset.Cost.ofSpans(requests, null, null) : Dataset.Cost.exact(requests);
	}

	/**
	 * The day an app was created, from the listing's {@code created_at}, in the zone;
	 * empty when the listing gave none (or none that reads).
	 */
	private static Optional<LocalDate> listedDay(String createdAt, ZoneId zone) {
		try {
			return Optional.ofNullable(createdAt)
				.map((at) -> OffsetDateTime.parse(at).atZoneSameInstant(zone).toLocalDate());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** The context of the last run of this job, where the quota it saw is stored. */
	private ExecutionContext lastRun(Job job) {
		JobInstance instance = this.jobRepository.getLastJobInstance(job.getName());
		JobExecution execution = (instance != null) ? this.jobRepository.getLastJobExecution(instance) : null;
		return (execution != null) ? execution.getExecutionContext() : null;
	}

}
