package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.warehouse.Accounts;
import io.rtkwarehouse.warehouse.Apps;
import io.rtkwarehouse.warehouse.Coverage;
import io.rtkwarehouse.warehouse.Coverage.Created;
import io.rtkwarehouse.warehouse.Coverage.Gap;
import io.rtkwarehouse.window.DayRange;

import org.springframework.stereotype.Component;

/**
 * {@code gaps}: the windows of a range that are missing or failed, read from the
 * warehouse; the days before an app existed are named per app, never counted. Exit 0 when
 * there are none, 1 when there are (or nothing is loaded yet), so that a monitor can
 * alert on it.
 */
@Component
public class GapsReport {

	private final WarehouseGuard guard;

	private final Coverage coverage;

	private final Apps knownApps;

	private final Accounts accounts;

	private final Datasets datasets;

	GapsReport(WarehouseGuard guard, Coverage coverage, Apps knownApps, Accounts accounts, Datasets datasets) {
		this.datasets = datasets;
		this.guard = guard;
		this.coverage = coverage;
		this.knownApps = knownApps;
		this.accounts = accounts;
	}

	public int print(DayRange range, Optional<List<String>> askedFor, Optional<String> account, PrintStream out) {
		this.guard.checkConfiguration(false, false);
		String problem = this.guard.schemaProblem();
		if (problem != null) {
			out.println(problem);
			return ExitCodes.FAILED;
		}
		Scope scope = Scope.of(account, this.guard.configured(), this.accounts);
		if (scope.accounts().isEmpty()) {
			out.println("Nothing loaded yet: no account in the warehouse.");
			return ExitCodes.FAILED;
		}
		boolean complete = true;
		for (String id : scope.accounts()) {
			complete &= print(id, range, askedFor, out);
		}
		return complete ? ExitCodes.OK : ExitCodes.FAILED;
	}

	/** Prints one account's gaps; whether it has none. */
	private boolean print(String account, DayRange range, Optional<List<String>> askedFor, PrintStream out) {
		RtkProperties settings = this.guard.configured().settings(account);
		java.time.ZoneId zone = java.time.ZoneId.of(this.accounts.zoneOf(account).orElse(settings.zone()));
		List<String> apps = RunLauncher.appsAskedFor(askedFor, settings).orElseGet(() -> this.knownApps.known(account));
		if (apps.isEmpty()) {
			out.println("gaps " + range + ", account " + account
					+ ": no app known to the warehouse yet (none listed or loaded); give --apps to check some");
			return false;
		}
		List<Gap> gaps = new ArrayList<>();
		List<Dataset<?>> run = this.datasets.of(settings.datasets());
		for (Dataset<?> dataset : run) {
			List<Gap> missing = this.coverage.gaps(account, dataset.id(), apps, range.from(), range.to());
			String where = ((run.size() > 1) ? " of " + dataset.id() : "") + " "
					+ dataset.planning().days().describe(zone);
			out.println("gaps " + range + where + ", account " + account + ": " + apps.size() + " app(s), "
					+ missing.size() + " window(s) missing or failed");
			print(missing, out);
			gaps.addAll(missing);
		}
		for (Created created : this.coverage.created(account, apps)) {
			long before = created.daysBefore(range.from(), range.to());
			if (before > 0) {
				out.println("app " + created.appId() + ((created.name() != null) ? " (" + created.name() + ")" : "")
						+ ": " + before + " day(s) before the app existed (created " + created.day() + " in "
						+ created.zone() + "), not asked for");
			}
		}
		if (!gaps.isEmpty()) {
			List<RtkProperties> configured = this.guard.configured().all();
			boolean known = configured.stream().anyMatch((one) -> one.accountId().equals(account));
			String accountOption = (!known) ? " --rtk.account-id=" + Shell.quote(account)
					: (configured.size() > 1) ? " --account=" + Shell.quote(account) : "";
			out.println("fetch them with: java -jar rtk-warehouse.jar backfill --from=" + range.from() + " --to="
					+ range.to() + " --missing-only"
					+ askedFor.map((list) -> " --apps=" + Shell.quote(String.join(",", list))).orElse("")
					+ accountOption);
		}
		return gaps.isEmpty();
	}

	private static void print(List<Gap> gaps, PrintStream out) {
		Map<String, List<Gap>> byApp = new TreeMap<>();
		gaps.forEach((gap) -> byApp.computeIfAbsent(gap.appId(), (app) -> new ArrayList<>()).add(gap));
		byApp.forEach((app, appGaps) -> {
			out.println("app " + app + ":");
			for (String line : describe(appGaps)) {
				out.println("  " + line);
			}
		});
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

}
