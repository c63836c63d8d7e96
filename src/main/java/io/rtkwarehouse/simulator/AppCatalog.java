package io.rtkwarehouse.simulator;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.rtkwarehouse.simulator.ApiSimulator.App;

/** The apps served, in listing order, and by id for the endpoints' check. */
record AppCatalog(List<App> list, Map<String, App> byId) {

	AppCatalog(List<App> list) {
		this(List.copyOf(list), byIdOf(list));
	}

	Set<String> ids() {
		return byId.keySet();
	}

	/** The app with this id, or null. */
	App app(String id) {
		return byId.get(id);
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

	private static Map<String, App> byIdOf(List<App> list) {
		Map<String, App> byId = new HashMap<>();
		list.forEach(app -> byId.putIfAbsent(app.id(), app));
		return Map.copyOf(byId);
	}

}
