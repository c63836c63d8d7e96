package io.rtkwarehouse.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.rtkwarehouse.warehouse.Attention.DatasetState;
import io.rtkwarehouse.warehouse.Attention.LastRun;
import io.rtkwarehouse.warehouse.Coverage;
import io.rtkwarehouse.warehouse.Coverage.Created;
import io.rtkwarehouse.warehouse.Coverage.Day;
import io.rtkwarehouse.warehouse.UsageMonths.Month;

/**
 * What the report shows of one account: its zone, its apps (with the names the apps
 * endpoint gave them and the days they were created) and their days in app and day order,
 * what needs attention in each dataset it loads, its last run, and its usage months when
 * the usage dataset is loaded.
 */
record AccountPart(String account, String zone, List<String> apps, Map<String, String> names,
		Map<String, Created> created, List<Day> days, List<DatasetState> datasets, Optional<LastRun> lastRun,
		Optional<List<Month>> usage) {

	/** The states of a day cell, in the legend's order. */
	static final List<String> STATES = List.of("loaded", "zero", "open", "failed", "missing", "protected",
			"retention-zero", Coverage.BEFORE_CREATED);

	/** A state as the legend names it. */
	static String label(String state) {
		return state.equals(Coverage.BEFORE_CREATED) ? "before the app existed" : state;
	}

	/** The days of each app, in app order. */
	Map<String, List<Day>> byApp() {
		Map<String, List<Day>> byApp = new LinkedHashMap<>();
		this.apps.forEach((app) -> byApp.put(app, new ArrayList<>()));
		this.days.forEach((day) -> byApp.computeIfAbsent(day.appId(), (app) -> new ArrayList<>()).add(day));
		return byApp;
	}

	/**
	 * An app as the report names it, escaped: its id, and beside it its name when the
	 * apps endpoint gave one.
	 */
	String app(String appId) {
		String name = this.names.get(appId);
		return "<code>" + Html.text(appId) + "</code>"
				+ ((name != null) ? " <span class=\"app-name\">" + Html.text(name) + "</span>" : "");
	}

	/** How many days are in each state, in {@link #STATES} order. */
	static long[] counts(List<Day> days) {
		long[] counts = new long[STATES.size()];
		for (Day day : days) {
			counts[STATES.indexOf(day.state())]++;
		}
		return counts;
	}

}
