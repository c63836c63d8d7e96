package io.rtkwarehouse.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/** An API request as the endpoints see it: the query decoded, the path routed. */
record Request(String method, String path, Map<String, String> query, String authorization, Route route) {

	static Request of(HttpExchange exchange, String path) {
		return new Request(exchange.getRequestMethod(), path, parseQuery(exchange.getRequestURI().getRawQuery()),
				exchange.getRequestHeaders().getFirst("Authorization"), Route.of(path));
	}

	/** Decoded parameters in their order; the first of a repeated name wins. */
	static Map<String, String> parseQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return Map.of();
		}
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq));
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
			query.putIfAbsent(name, value);
		}
		return Collections.unmodifiableMap(query);
	}

	private static String decode(String raw) {
		try {
			return URLDecoder.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return raw; // malformed %-escape: keep it, validation will name the parameter
		}
	}

}
