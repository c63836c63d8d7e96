package io.rtkwarehouse.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.window.DayRange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads the day-by-day answers ({@code analytics/daywise} and
 * {@code analytics/livestreams/daywise}) as strictly as {@link StrictNumbers} reads
 * {@code overall}: a count that is fractional, a string, a boolean, an object or beyond
 * 64 bits, a number of minutes that is no JSON number, a negative one, a day that is no
 * {@code YYYY-MM-DD} date or one given twice refuses the whole answer, naming the field.
 * Minutes are kept exactly as sent ({@link BigDecimal}, never a double). A day outside
 * the range asked for is left out and named in {@link Read#outside()}.
 */
final class DayStats {

	private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

	private final ObjectReader reader;

	DayStats(ObjectMapper mapper) {
		this.reader = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
	}

	/** The session and recording days of a {@code get-org-analytics} answer. */
	Read<UsageDays> usage(String body, DayRange range) throws ApiBodies.InvalidBodyException {
		JsonNode data = data(body);
		if (!data.isObject()) {
			throw refused("data", "not an object");
		}
		List<LocalDate> outside = new ArrayList<>();
		Map<LocalDate, UsageDays.Usage> sessions = usage(data, "session_stats", "total_sessions",
				"total_session_minutes", range, outside);
		Map<LocalDate, UsageDays.Usage> recordings = usage(data, "recording_stats", "total_recordings",
				"total_recording_minutes", range, outside);
		return new Read<>(UsageDays.of(sessions, recordings), outside.stream().distinct().sorted().toList());
	}

	/** The days of a {@code get-livestream-analytics-daywise} answer. */
	Read<Map<LocalDate, LivestreamNumbers>> livestreams(String body, DayRange range)
			throws ApiBodies.InvalidBodyException {
		JsonNode data = data(body);
		if (!data.isArray()) {
			throw refused("data", "not an array");
		}
		Map<LocalDate, LivestreamNumbers> days = new LinkedHashMap<>();
		List<LocalDate> outside = new ArrayList<>();
		int i = 0;
		for (JsonNode entry : data.values()) {
			String at = "data[" + i++ + "]";
			LocalDate day = day(entry, "date", at, days.keySet());
			LivestreamNumbers numbers = new LivestreamNumbers(integer(entry, "count", at),
					integer(entry, "total_ingest_seconds", at), integer(entry, "total_viewer_seconds", at));
			if (range.contains(day)) {
				days.put(day, numbers);
			}
			else {
				outside.add(day);
			}
		}
		return new Read<>(days, outside);
	}

	private Map<LocalDate, UsageDays.Usage> usage(JsonNode data, String stats, String count, String minutes,
			DayRange range, List<LocalDate> outside) throws ApiBodies.InvalidBodyException {
		Map<LocalDate, UsageDays.Usage> days = new LinkedHashMap<>();
		JsonNode node = data.get(stats);
		if (node == null || node.isNull()) {
			return days;
		}
		JsonNode dayStats = node.isObject() ? node.get("day_stats") : null;
		if (!node.isObject() || (dayStats != null && !dayStats.isNull() && !dayStats.isArray())) {
			throw refused("data." + stats, node.isObject() ? "day_stats is not an array" : "not an object");
		}
		if (dayStats == null || dayStats.isNull()) {
			return days;
		}
		int i = 0;
		for (JsonNode entry : dayStats.values()) {
			String at = "data." + stats + ".day_stats[" + i++ + "]";
			LocalDate day = day(entry, "day", at, days.keySet());
			UsageDays.Usage usage = new UsageDays.Usage(integer(entry, count, at), decimal(entry, minutes, at));
			if (range.contains(day)) {
				days.put(day, usage);
			}
			else {
				outside.add(day);
			}
		}
		return days;
	}

	private JsonNode data(String body) throws ApiBodies.InvalidBodyException {
		JsonNode root;
		try {
			root = this.reader.readTree(body);
		}
		catch (JacksonException ex) {
			throw new ApiBodies.InvalidBodyException("body is not valid JSON: " + ApiError.describe(body), true);
		}
		if (root == null || !root.isObject()) {
			throw new ApiBodies.InvalidBodyException("the body is not a JSON object", false);
		}
		JsonNode success = root.get("success");
		if (success == null || !success.isBoolean() || !success.booleanValue()) {
			throw new ApiBodies.InvalidBodyException("success is not the JSON value true", false);
		}
		JsonNode data = root.get("data");
		if (data == null || data.isNull()) {
			throw new ApiBodies.InvalidBodyException("success: true but no data", false);
		}
		return data;
	}

	private static LocalDate day(JsonNode entry, String name, String at, java.util.Set<LocalDate> seen)
			throws ApiBodies.InvalidBodyException {
		if (!entry.isObject()) {
			throw refused(at, "not an object");
		}
		JsonNode value = entry.get(name);
		if (value == null || !value.isString()) {
			throw refused(at + "." + name, (value == null) ? "missing" : "not a date string");
		}
		try {
			LocalDate day = LocalDate.parse(value.stringValue());
			if (seen.contains(day)) {
				throw refused(at + "." + name, "a day given twice (" + day + ")");
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			throw refused(at + "." + name,
					"not a date of the form YYYY-MM-DD (\"" + ApiError.abbreviate(value.stringValue()) + "\")");
		}
	}

	private static Long integer(JsonNode entry, String name, String at) throws ApiBodies.InvalidBodyException {
		BigDecimal value = number(entry, name, at, "an integer");
		if (value == null) {
			return null;
		}
		if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
			throw refused(at + "." + name,
					"fractional (" + value.toPlainString() + "): the contract types it as an integer");
		}
		BigInteger whole = value.toBigIntegerExact();
		if (whole.compareTo(MAX) > 0) {
			throw refused(at + "." + name, "outside the 64-bit integer range");
		}
		return whole.longValueExact();
	}

	private static BigDecimal decimal(JsonNode entry, String name, String at) throws ApiBodies.InvalidBodyException {
		return number(entry, name, at, "a number");
	}

	/** A non-negative JSON number, exactly; {@code null} when absent or null. */
	private static BigDecimal number(JsonNode entry, String name, String at, String type)
			throws ApiBodies.InvalidBodyException {
		JsonNode value = entry.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		String field = at + "." + name;
		if (!value.isNumber()) {
			String what = value.isString() ? (value.stringValue().isEmpty() ? "an empty string" : "a string")
					: value.isBoolean() ? "a boolean" : value.isArray() ? "an array" : "an object";
			throw refused(field, what + ": the contract types it as " + type);
		}
		BigDecimal decimal = value.decimalValue();
		if (decimal.signum() < 0) {
			throw refused(field, "negative (" + decimal.toPlainString() + ")");
		}
		return decimal;
	}

	private static ApiBodies.InvalidBodyException refused(String field, String why) {
		return new ApiBodies.InvalidBodyException(field + " is " + why, false);
	}

	/** What an answer said of the range, and the days it gave outside it. */
	record Read<T>(T value, List<LocalDate> outside) {
	}

}
