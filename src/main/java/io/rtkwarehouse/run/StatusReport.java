package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.run.RecentRuns.Run;
import io.rtkwarehouse.warehouse.Accounts;
import io.rtkwarehouse.warehouse.Coverage;
import io.rtkwarehouse.warehouse.Coverage.Created;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.warehouse.WindowLedger.FailedWindow;

import org.springframework.stereotype.Component;

/**
 * {@code status}: the last runs with their summaries (those that ended before their job
 * started too), and the windows that are failed now (not those before their app existed,
 * which no run asks for again). Reads the Spring Batch metadata and the warehouse; calls
 * no API and writes nothing.
 */
@Component
public class StatusReport {

	private static final int FAILED_SHOWN = 50;

	private final WarehouseGuard guard;

	private final WindowLedger ledger;

	private final Accounts accounts;

	private final RecentRuns recentRuns;

	private final Coverage coverage;

	private final Datasets datasets;

	StatusReport(WarehouseGuard guard, WindowLedger ledger, Accounts accounts, RecentRuns recentRuns, Coverage coverage,
			Datasets datasets) {
		this.guard = guard;
		this.coverage = coverage;
		this.datasets = datasets;
		this.ledger = ledger;
		this.accounts = accounts;
		this.recentRuns = recentRuns;
	}

	public int print(Optional<String> account, int limit, PrintStream out) {
		this.guard.checkConfiguration(false, false);
		String problem = this.guard.schemaProblem();
		if (problem != null) {
			out.println(problem);
			return ExitCodes.OK;
		}
		Scope scope = Scope.of(account, this.guard.configured(), this.accounts);
		String only = scope.all() ? null : scope.accounts().get(0);
		List<Run> runs = this.recentRuns.last(only, limit);
		out.println("Last runs of " + scope.describe() + ":");
		if (runs.isEmpty()) {
			out.println("  none");
		}
		runs.forEach(
				(run) -> out.println("  " + run.text() + (scope.all() ? "  (account " + run.account() + ")" : "")));
		for (String id : scope.accounts()) {
			printFailed(id, scope.all(), out);
		}
		return ExitCodes.OK;
	}

	/**
	 * The windows without those before their app's created day, as their dataset counts
	 * it: no run asks for such a day again, so an earlier failure of one is not a failure
	 * now.
	 */
	private List<FailedWindow> beforeCreatedLeftOut(String account, List<FailedWindow> failed) {
		if (failed.isEmpty()) {
			return failed;
		}
		Map<String, Created> created = new HashMap<>();
		this.coverage.created(account, failed.stream().map(FailedWindow::appId).distinct().toList())
			.forEach((app) -> created.put(app.appId(), app));
		return failed.stream().filter((window) -> {
			Created app = created.get(window.appId());
			boolean zoneDays = this.datasets.all()
				.stream()
				.noneMatch((dataset) -> dataset.id().equals(window.dataset())
						&& dataset.planning().days() != Dataset.Days.ZONE);
			return app == null || !window.day().isBefore(app.firstDay(zoneDays));
		}).toList();
	}

	private void printFailed(String account, boolean named, PrintStream out) {
		List<FailedWindow> failed = beforeCreatedLeftOut(account, this.ledger.failedNow(account));
		out.println("Windows failed now" + (named ? " in account " + account : "") + ": " + failed.size());
		// The dataset is named unless every window is of the one dataset the account
		// loads.
		List<String> loads = this.guard.configured().settings(account).datasets();
		boolean datasets = loads.size() != 1 || !failed.stream().allMatch((w) -> w.dataset().equals(loads.get(0)));
		failed.stream()
			.limit(FAILED_SHOWN)
			.forEach((window) -> out.println("  " + window.where(datasets) + " after " + window.attempts()
					+ " attempt(s): " + window.lastError()));
		if (failed.size() > FAILED_SHOWN) {
			out.println("  ... and " + (failed.size() - FAILED_SHOWN) + " more (see rtk.coverage)");
		}
		boolean spans = this.guard.configured().settings(account).spans().enabled();
		Optional<WindowLedger.SpansOff> off = this.ledger.spansOff(account);
		String prefix = "Zero spans" + (named ? " in account " + account : "") + ": ";
		if (off.isPresent()) {
			out.println(prefix + "OFF since a sampled day disagreed: " + off.get().describe());
		}
		else {
			out.println(
					prefix + (spans ? "on (idle days are asked a month at a time; a sample is asked again day by day)"
							: "off (rtk.spans.enabled=false): every day is one request"));
		}
		long kept = this.ledger.keptDays(account);
		if (kept > 0) {
			out.println("Days protected" + (named ? " in account " + account : "") + ": " + kept
					+ " (their answer was zeros past rtk.source-retention; the numbers stored before stay,"
					+ " see retention_note in rtk.window_ledger)");
		}
	}

}
