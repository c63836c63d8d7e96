package io.rtkwarehouse.simulator;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.rtkwarehouse.simulator.ApiSimulator.App;

/** The apps served, in listing order, with their ids for the overall endpoint's check. */
record AppCatalog(List<App> list, Set<String> ids) {

	AppCatalog(List<App> list) {
		this(List.copyOf(list), idsOf(list));
	}

	/** The apps of a listing: filtered by name, then sorted by creation if asked. */
	List<App> select(String search, String sortOrder) {
		List<App> apps = list;
		if (search != null && !search.isEmpty()) {
			String needle = search.toLowerCase(Locale.ROOT);
			apps = apps.stream().filter(app -> app.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
		}
		if (sortOrder == null) {
			return apps;
		}
		Comparator<App> byCreation = Comparator.comparing(App::createdAt);
		return switch (sortOrder.toUpperCase(Locale.ROOT)) {
			case "ASC" -> apps.stream().sorted(byCreation).toList();
			case "DESC" -> apps.stream().sorted(byCreation.reversed()).toList();
			default -> throw new BadRequest("sort_order must be ASC or DESC, got '" + sortOrder + "'");
		};
	}

	private static Set<String> idsOf(List<App> list) {
		Set<String> ids = new HashSet<>();
		list.forEach(app -> ids.add(app.id()));
		return Set.copyOf(ids);
	}

}
