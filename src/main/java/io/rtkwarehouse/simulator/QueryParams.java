package io.rtkwarehouse.simulator;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.simulator.ApiSimulator.TimeFormat;

/** Reads the endpoints' query parameters, or names the one that is wrong. */
final class QueryParams {

	private QueryParams() {
	}

	static long time(String name, String raw, TimeFormat format) {
		if (raw == null || raw.isBlank()) {
			throw new BadRequest(name + " is required");
		}
		try {
			return switch (format) {
				case EPOCH_SECONDS -> Long.parseLong(raw);
				case ISO_8601 -> Instant.from(DateTimeFormatter.ISO_INSTANT.parse(raw)).getEpochSecond();
			};
		}
		catch (NumberFormatException | DateTimeParseException e) {
			throw new BadRequest(switch (format) {
				case EPOCH_SECONDS -> name + " must be a Unix timestamp in seconds, got '" + raw + "'";
				case ISO_8601 -> name + " must be an ISO 8601 date-time like 2025-03-01T00:00:00Z, got '" + raw + "'";
			});
		}
	}

	/** For stats only: the window a request asked for, whichever format it used. */
	static Long anyTime(String raw, TimeFormat preferred) {
		if (raw == null) {
			return null;
		}
		TimeFormat other = preferred == TimeFormat.EPOCH_SECONDS ? TimeFormat.ISO_8601 : TimeFormat.EPOCH_SECONDS;
		for (TimeFormat format : List.of(preferred, other)) {
			try {
				return time("start_time", raw, format);
			}
			catch (BadRequest ignored) {
				// try the other format
			}
		}
		return null;
	}

	static long positiveNumber(Map<String, String> query, String name, long fallback) {
		String raw = query.get(name);
		if (raw == null) {
			return fallback;
		}
		try {
			long value = Long.parseLong(raw);
			if (value >= 1 && value <= Integer.MAX_VALUE) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new BadRequest(name + " must be a positive integer, got '" + raw + "'");
	}

}
