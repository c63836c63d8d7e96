package io.rtkwarehouse.job;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.warehouse.DailyWarehouse;
import io.rtkwarehouse.warehouse.DailyWarehouse.FailedWindow;
import io.rtkwarehouse.warehouse.Coverage;
import io.rtkwarehouse.warehouse.Coverage.Gap;
import io.rtkwarehouse.warehouse.FetchHistory;
import io.rtkwarehouse.warehouse.RunLock;
import io.rtkwarehouse.window.DayRange;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The commands that work on the warehouse alone: {@code gaps}, {@code status} and
 * {@code rebuild}.
 */
@Component
class WarehouseCommands {

	private final CommandSupport support;

	private final RtkProperties properties;

	private final Coverage coverage;

	private final FetchHistory history;

	private final RunLock runLock;

	private final DailyWarehouse warehouse;

	private final JobRepository jobRepository;

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	WarehouseCommands(CommandSupport support, Coverage coverage, FetchHistory history, RunLock runLock,
			DailyWarehouse warehouse, JobRepository jobRepository) {
		this.warehouse = warehouse;
		this.jobRepository = jobRepository;
		this.support = support;
		this.properties = support.properties();
		this.coverage = coverage;
		this.history = history;
		this.runLock = runLock;
	}

	int gaps(Invocation invocation, PrintStream out) {
		this.support.checkConfiguration(invocation.command());
		this.support.migrate();
		ZoneId zone = this.support.zone();
		DayRange range = range(invocation);
		String account = this.properties.accountId();
		List<String> apps = invocation.apps()
			.or(() -> Optional.of(this.properties.apps()).filter((list) -> !list.isEmpty()))
			.orElseGet(() -> this.coverage.knownApps(account));
		List<Gap> gaps = this.coverage.gaps(account, apps, range.from(), range.to());
		out.println("gaps " + range + " in " + zone + ": " + apps.size() + " app(s), " + gaps.size()
				+ " window(s) missing or failed");
		Map<String, List<Gap>> byApp = new TreeMap<>();
		gaps.forEach((gap) -> byApp.computeIfAbsent(gap.appId(), (app) -> new ArrayList<>()).add(gap));
		byApp.forEach((app, appGaps) -> {
			out.println("app " + app + ":");
			for (String line : describe(appGaps)) {
				out.println("  " + line);
			}
		});
		if (!gaps.isEmpty()) {
			out.println("fetch them with: backfill --from=" + range.from() + " --to=" + range.to() + " --missing-only"
					+ invocation.apps().map((list) -> " --apps=" + String.join(",", list)).orElse(""));
		}
		return Cli.OK;
	}

	/** Missing days as ranges, failed days one by one with their error. */
	private static List<String> describe(List<Gap> gaps) {
		List<String> lines = new ArrayList<>();
		LocalDate runStart = null;
		LocalDate runEnd = null;
		for (Gap gap : gaps) {
			if (gap.state().equals("missing") && runEnd != null && gap.day().equals(runEnd.plusDays(1))) {
				runEnd = gap.day();
				continue;
			}
			if (runStart != null) {
				lines.add(missing(runStart, runEnd));
				runStart = null;
				runEnd = null;
			}
			if (gap.state().equals("missing")) {
				runStart = gap.day();
				runEnd = gap.day();
			}
			else {
				lines.add(gap.day() + " failed: " + gap.lastError());
			}
		}
		if (runStart != null) {
			lines.add(missing(runStart, runEnd));
		}
		return lines;
	}

	private static String missing(LocalDate from, LocalDate to) {
		return from.equals(to) ? from + " missing"
				: from + ".." + to + " missing (" + (to.toEpochDay() - from.toEpochDay() + 1) + " days)";
	}

	int status(Invocation invocation, PrintStream out) {
		this.support.checkConfiguration(invocation.command());
		if (!this.support.schemaCurrent()) {
			out.println(
					"No run yet: the warehouse schema is not in this database (or not up to date; any run migrates it).");
			return Cli.OK;
		}
		String account = this.properties.accountId();
		int limit = invocation.count("runs", 10);
		List<JobExecution> runs = new ArrayList<>();
		for (String jobName : List.of(BackfillJobConfiguration.JOB_NAME, NightlyJobConfiguration.JOB_NAME)) {
			for (JobInstance instance : this.jobRepository.getJobInstances(jobName, 0, limit)) {
				this.jobRepository.getJobExecutions(instance)
					.stream()
					.filter((execution) -> account
						.equals(execution.getJobParameters().getString(RunParameters.ACCOUNT)))
					.forEach(runs::add);
			}
		}
		runs.sort(Comparator.comparing(JobExecution::getCreateTime).reversed());
		out.println("Last runs of account " + account + ":");
		if (runs.isEmpty()) {
			out.println("  none");
		}
		for (JobExecution run : runs.subList(0, Math.min(limit, runs.size()))) {
			out.println("  " + describe(run));
		}
		List<FailedWindow> failed = this.warehouse.failedNow(account);
		out.println("Windows failed now: " + failed.size());
		failed.stream()
			.limit(50)
			.forEach((window) -> out.println("  app " + window.appId() + " day " + window.day() + " after "
					+ window.attempts() + " attempt(s): " + window.lastError()));
		if (failed.size() > 50) {
			out.println("  ... and " + (failed.size() - 50) + " more (see rtk.coverage)");
		}
		return Cli.OK;
	}

	private static String describe(JobExecution run) {
		LocalDate from = run.getJobParameters().getLocalDate(RunParameters.FROM);
		LocalDate to = run.getJobParameters().getLocalDate(RunParameters.TO);
		String started = (run.getStartTime() != null) ? STARTED.format(run.getStartTime()) : "not started";
		String took = (run.getStartTime() != null && run.getEndTime() != null)
				? RunCoordinator.human(Duration.between(run.getStartTime(), run.getEndTime())) : "-";
		String summary = run.getExecutionContext().containsKey(RunSummary.KEY)
				? run.getExecutionContext().getString(RunSummary.KEY) : run.getExitStatus().getExitDescription();
		return String.format("#%d %-8s %s..%s  started %s  took %s  %s%s", run.getId(),
				run.getJobInstance().getJobName(), from, to, started, took, run.getStatus(),
				(summary == null || summary.isBlank()) ? "" : "  " + summary);
	}

	int rebuild(Invocation invocation, PrintStream out, PrintStream err) throws InterruptedException {
		this.support.checkConfiguration(invocation.command());
		this.support.migrate();
		ZoneId zone = this.support.zone();
		DayRange range = range(invocation);
		String account = this.properties.accountId();
		Duration wait = this.properties.lock().waitFor();
		Optional<RunLock.Held> lock = this.runLock.acquire(account,
				"rtk-warehouse rebuild " + range + " pid " + ProcessHandle.current().pid(), wait);
		if (lock.isEmpty()) {
			err.println("error: another run of account " + account + " is writing: "
					+ this.runLock.describeHolder(account) + "; waited " + wait.toSeconds() + " s (rtk.lock.wait)");
			return Cli.LOCKED;
		}
		try (RunLock.Held held = lock.get()) {
			int rows = this.history.rebuild(account, range.from(), range.to(), this.support.finalBefore(zone));
			out.println("rebuild " + range + ": " + rows + " daily row(s) rebuilt from the raw answers");
			return Cli.OK;
		}
	}

	private static DayRange range(Invocation invocation) {
		return new DayRange(invocation.date("from").orElseThrow(), invocation.date("to").orElseThrow());
	}

}
