package io.rtkwarehouse.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.rtkwarehouse.warehouse.Coverage.Day;
import io.rtkwarehouse.warehouse.UsageMonths.Month;

/**
 * What the report shows of one account: its zone, its apps' days in app and day order,
 * and its usage months when the usage dataset is loaded.
 */
record AccountPart(String account, String zone, List<String> apps, List<Day> days, Optional<List<Month>> usage) {

	/** The states of a day cell, in the legend's order. */
	static final List<String> STATES = List.of("loaded", "zero", "open", "failed", "missing", "protected",
			"retention-zero");

	/** The days of each app, in app order. */
	Map<String, List<Day>> byApp() {
		Map<String, List<Day>> byApp = new LinkedHashMap<>();
		this.apps.forEach((app) -> byApp.put(app, new ArrayList<>()));
		this.days.forEach((day) -> byApp.computeIfAbsent(day.appId(), (app) -> new ArrayList<>()).add(day));
		return byApp;
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
