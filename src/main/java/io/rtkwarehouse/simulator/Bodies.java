package io.rtkwarehouse.simulator;

import java.util.List;
import java.util.Locale;

import io.rtkwarehouse.simulator.ApiSimulator.App;
import io.rtkwarehouse.simulator.ApiSimulator.Numbers;

/**
 * The JSON bodies the simulator sends, written by hand so it needs nothing but the JDK;
 * tests script answers with them.
 */
public final class Bodies {

	static final String AUTH_FAILED = errorsBody(10000, "Authentication error");

	static final String TOO_MANY_REQUESTS = errorsBody(971, "Please wait and consider throttling your request speed");

	static final String UNSUCCESSFUL = "{\"success\":false,\"errors\":[{\"code\":1000,\"message\":\"Internal processing error\"}]}";

	private Bodies() {
	}

	/** Cloudflare v4 envelope, used by the gateway (auth, rate limit). */
	public static String errorsBody(int code, String message) {
		return "{\"success\":false,\"errors\":[{\"code\":" + code + ",\"message\":" + quote(message)
				+ "}],\"messages\":[],\"result\":null}";
	}

	/** RealtimeKit's own error shape. */
	public static String errorBody(int code, String message) {
		return "{\"success\":false,\"error\":{\"code\":" + code + ",\"message\":" + quote(message) + "}}";
	}

	/** The bare shape some errors come in. */
	public static String messageBody(String message) {
		return "{\"message\":" + quote(message) + "}";
	}

	/** The 200 body of the overall endpoint; null numbers are omitted. */
	public static String successBody(Numbers numbers) {
		StringBuilder json = new StringBuilder(96).append("{\"success\":true,\"data\":{");
		numbers(json, numbers, "");
		return json.append("}}").toString();
	}

	/** The numbers that are known, the first after {@code separator}. */
	static void numbers(StringBuilder json, Numbers numbers, String first) {
		String separator = first;
		if (numbers.count() != null) {
			json.append(separator).append("\"count\":").append(numbers.count());
			separator = ",";
		}
		if (numbers.totalIngestSeconds() != null) {
			json.append(separator).append("\"total_ingest_seconds\":").append(numbers.totalIngestSeconds());
			separator = ",";
		}
		if (numbers.totalViewerSeconds() != null) {
			json.append(separator).append("\"total_viewer_seconds\":").append(numbers.totalViewerSeconds());
		}
	}

	/** Page {@code page} (1-based) of {@code perPage} apps, with the paging block. */
	static String appsPage(List<App> apps, long page, long perPage) {
		long total = apps.size();
		long from = Math.min((page - 1) * perPage, total);
		long to = Math.min(from + perPage, total);
		StringBuilder json = new StringBuilder(64 + 128 * (int) (to - from)).append("{\"success\":true,\"data\":[");
		for (int i = (int) from; i < to; i++) {
			App app = apps.get(i);
			json.append(i == from ? "" : ",")
				.append("{\"id\":")
				.append(quote(app.id()))
				.append(",\"name\":")
				.append(quote(app.name()))
				.append(",\"created_at\":")
				.append(quote(app.createdAt()))
				.append('}');
		}
		// Offsets are 1-based; an empty page past the end has end_offset = start_offset -
		// 1.
		json.append("],\"paging\":{\"start_offset\":")
			.append((page - 1) * perPage + 1)
			.append(",\"end_offset\":")
			.append(to == from ? (page - 1) * perPage : to)
			.append(",\"total_count\":")
			.append(total)
			.append("}}");
		return json.toString();
	}

	private static String quote(String text) {
		StringBuilder json = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

}
