package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.warehouse.Apps;
import io.rtkwarehouse.warehouse.Coverage;
import io.rtkwarehouse.warehouse.Coverage.Gap;
import io.rtkwarehouse.window.DayRange;

import org.springframework.stereotype.Component;

/**
 * {@code gaps}: the windows of a range that are missing or failed, read from the
 * warehouse.
 */
@Component
public class GapsReport {

	private final WarehouseGuard guard;

	private final RtkProperties properties;

	private final Coverage coverage;

	private final Apps knownApps;

	GapsReport(WarehouseGuard guard, Coverage coverage, Apps knownApps) {
		this.guard = guard;
		this.properties = guard.properties();
		this.coverage = coverage;
		this.knownApps = knownApps;
	}

	public int print(DayRange range, Optional<List<String>> askedFor, PrintStream out) {
		this.guard.checkConfiguration(false);
		this.guard.migrate();
		ZoneId zone = this.guard.zone();
		String account = this.properties.accountId();
		List<String> apps = askedFor.or(() -> Optional.of(this.properties.apps()).filter((list) -> !list.isEmpty()))
			.orElseGet(() -> this.knownApps.known(account));
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
					+ askedFor.map((list) -> " --apps=" + String.join(",", list)).orElse(""));
		}
		return ExitCodes.OK;
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
