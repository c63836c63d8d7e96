package io.rtkwarehouse.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.run.ExitCodes;
import io.rtkwarehouse.run.RecentRuns;
import io.rtkwarehouse.run.RunLauncher;
import io.rtkwarehouse.run.Scope;
import io.rtkwarehouse.run.WarehouseGuard;
import io.rtkwarehouse.warehouse.Accounts;
import io.rtkwarehouse.warehouse.Apps;
import io.rtkwarehouse.warehouse.Attention;
import io.rtkwarehouse.warehouse.Coverage;
import io.rtkwarehouse.warehouse.Coverage.Day;
import io.rtkwarehouse.warehouse.UsageMonths;
import io.rtkwarehouse.window.DayRange;

import org.springframework.stereotype.Component;

/**
 * {@code report}: one self-contained HTML file of the warehouse's health over a range,
 * read from the warehouse only (what needs attention in each account, the coverage of
 * every day, the numbers, the usage per app and month, the last runs). Never holds the
 * API token: it reads no setting but the account, the apps and the zone.
 */
@Component
public class HealthReport {

	/** How many of the last runs the report lists. */
	static final int RUNS = 20;

	private final WarehouseGuard guard;

	private final Accounts accounts;

	private final Apps knownApps;

	private final Coverage coverage;

	private final UsageMonths usageMonths;

	private final Attention attention;

	private final RecentRuns recentRuns;

	private final Clock clock;

	HealthReport(WarehouseGuard guard, Accounts accounts, Apps knownApps, Coverage coverage, UsageMonths usageMonths,
			Attention attention, RecentRuns recentRuns, Clock clock) {
		this.guard = guard;
		this.accounts = accounts;
		this.knownApps = knownApps;
		this.coverage = coverage;
		this.usageMonths = usageMonths;
		this.attention = attention;
		this.recentRuns = recentRuns;
		this.clock = clock;
	}

	/**
	 * Writes the report of the range to {@code file} (replacing it whole, never leaving
	 * half a file) and says so on {@code out}.
	 */
	public int write(DayRange range, Optional<List<String>> askedFor, Optional<String> account, Path file,
			PrintStream out) {
		long started = System.nanoTime();
		this.guard.checkConfiguration(false, false);
		String problem = this.guard.schemaProblem();
		if (problem != null) {
			out.println(problem + " No report written.");
			return ExitCodes.FAILED;
		}
		Scope scope = Scope.of(account, this.guard.configured(), this.accounts);
		List<AccountPart> parts = new ArrayList<>();
		for (String id : scope.accounts()) {
			RtkProperties settings = this.guard.configured().settings(id);
			List<String> apps = RunLauncher.appsAskedFor(askedFor, settings).orElseGet(() -> this.knownApps.known(id));
			String zone = this.accounts.zoneOf(id).orElse(settings.zone());
			parts.add(apps.isEmpty()
					? new AccountPart(id, zone, apps, Map.of(), Map.of(), List.of(), List.of(),
							this.attention.lastRun(id), Optional.empty())
					: new AccountPart(id, zone, apps, this.knownApps.names(id), created(id, apps),
							this.coverage.days(id, apps, range.from(), range.to()),
							this.attention.of(id, settings.datasets(), apps, range.from(), range.to()),
							this.attention.lastRun(id), this.usageMonths.of(id, apps, range.from(), range.to())));
		}
		List<RecentRuns.Run> runs = this.recentRuns.last(scope.all() ? null : scope.accounts().get(0), RUNS);
		long read = System.nanoTime();
		String html = new ReportPage(range, scope, parts, runs, this.clock.instant()).html();
		write(file, html);
		List<Day> days = parts.stream().flatMap((part) -> part.days().stream()).toList();
		long[] counts = AccountPart.counts(days);
		StringBuilder states = new StringBuilder();
		for (int i = 0; i < counts.length; i++) {
			states.append((i == 0) ? "" : ", ").append(AccountPart.STATES.get(i)).append(' ').append(counts[i]);
		}
		out.printf(Locale.ROOT,
				"report %s of %s: %d app(s), %d window(s) (%s) written to %s (%.1f MB) in %d ms (reading %d ms)%n",
				range, scope.describe(), parts.stream().mapToInt((part) -> part.apps().size()).sum(), days.size(),
				states, file, html.length() / 1e6, (System.nanoTime() - started) / 1_000_000,
				(read - started) / 1_000_000);
		return ExitCodes.OK;
	}

	/** The apps' created days, by app id. */
	private Map<String, Coverage.Created> created(String account, List<String> apps) {
		Map<String, Coverage.Created> created = new HashMap<>();
		this.coverage.created(account, apps).forEach((app) -> created.put(app.appId(), app));
		return created;
	}

	private static void write(Path file, String html) {
		Path target = file.toAbsolutePath();
		try {
			Path temporary = target
				.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
			try {
				Files.writeString(temporary, html, StandardCharsets.UTF_8);
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the report cannot be written to " + target + ": " + ex.getMessage(), ex);
		}
	}

}
