package io.rtkwarehouse.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;

import io.rtkwarehouse.simulator.ApiSimulator.Numbers;

/**
 * The two day-by-day endpoints. Livestream daywise serves, for each UTC day of the asked
 * range, the numbers overall serves for that day's UTC window (so the two agree), except
 * on the days set to disagree; usage daywise serves sessions and recordings per date
 * ({@link Activity#usage}), with fractional minutes, leaving out the days set to be
 * omitted.
 */
public final class Daywise {

	static final long DAY = 86_400;

	private volatile Set<LocalDate> disagreeing = Set.of();

	private volatile Set<LocalDate> omitted = Set.of();

	private volatile Set<LocalDate> unknown = Set.of();

	Daywise() {
	}

	/**
	 * On these UTC days livestream daywise serves 60 more ingest seconds and 600 more
	 * viewer seconds than overall does for the day's window; empty: they agree.
	 */
	public Daywise disagreeOn(Set<LocalDate> days) {
		this.disagreeing = Set.copyOf(Objects.requireNonNull(days, "days"));
		return this;
	}

	/**
	 * On these UTC days livestream daywise answers {@code null} ingest and viewer
	 * seconds; empty: none.
	 */
	public Daywise unknownOn(Set<LocalDate> days) {
		this.unknown = Set.copyOf(Objects.requireNonNull(days, "days"));
		return this;
	}

	/** Usage daywise leaves these dates out of its answers; empty: none. */
	public Daywise omitUsageDays(Set<LocalDate> days) {
		this.omitted = Set.copyOf(Objects.requireNonNull(days, "days"));
		return this;
	}

	/** The usage served for a date (minutes in hundredths, as the JSON has them). */
	public static Usage usage(String appId, LocalDate day) {
		return SampleData.usage(appId, day);
	}

	/** A date's usage, as usage daywise serves it. */
	public record Usage(long sessions, BigDecimal sessionMinutes, long recordings, BigDecimal recordingMinutes) {
	}

	/** The UTC days that start in [start, end), each with the numbers of its window. */
	String livestreams(long start, long end, LongFunction<Numbers> dayNumbers) {
		StringBuilder json = new StringBuilder(128).append("{\"success\":true,\"data\":[");
		String separator = "";
		for (long day = Math.floorDiv(start + DAY - 1, DAY) * DAY; day < end; day += DAY) {
			Numbers numbers = dayNumbers.apply(day);
			LocalDate date = LocalDate.ofEpochDay(day / DAY);
			if (this.disagreeing.contains(date)) {
				numbers = new Numbers(numbers.count(), plus(numbers.totalIngestSeconds(), 60),
						plus(numbers.totalViewerSeconds(), 600));
			}
			json.append(separator).append("{\"date\":\"").append(date).append('"');
			if (this.unknown.contains(date)) {
				json.append(",\"count\":").append(numbers.count());
				json.append(",\"total_ingest_seconds\":null,\"total_viewer_seconds\":null");
			}
			else {
				Bodies.numbers(json, numbers, ",");
			}
			json.append('}');
			separator = ",";
		}
		return json.append("]}").toString();
	}

	/** {@code start_date} and {@code end_date}, inclusive; default the last 30 days. */
	static LocalDate[] dates(Map<String, String> query) {
		LocalDate end = date(query, "end_date", LocalDate.now(ZoneOffset.UTC));
		LocalDate start = date(query, "start_date", end.minusDays(30));
		if (start.isAfter(end)) {
			throw new BadRequest("start_date must not be after end_date");
		}
		return new LocalDate[] { start, end };
	}

	String usage(LocalDate from, LocalDate to, Function<LocalDate, Usage> dayUsage) {
		StringBuilder sessions = new StringBuilder();
		StringBuilder recordings = new StringBuilder();
		long sessionCount = 0;
		BigDecimal sessionMinutes = BigDecimal.ZERO;
		long recordingCount = 0;
		BigDecimal recordingMinutes = BigDecimal.ZERO;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (this.omitted.contains(day)) {
				continue;
			}
			Usage usage = dayUsage.apply(day);
			String separator = sessions.isEmpty() ? "" : ",";
			sessions.append(separator).append(day(day, "session", usage.sessions(), usage.sessionMinutes()));
			recordings.append(separator).append(day(day, "recording", usage.recordings(), usage.recordingMinutes()));
			sessionCount += usage.sessions();
			sessionMinutes = sessionMinutes.add(usage.sessionMinutes());
			recordingCount += usage.recordings();
			recordingMinutes = recordingMinutes.add(usage.recordingMinutes());
		}
		return "{\"success\":true,\"data\":{\"session_stats\":{\"day_stats\":[" + sessions + "],\"sessions_count\":"
				+ sessionCount + ",\"sessions_minutes_consumed\":" + sessionMinutes.toPlainString()
				+ "},\"recording_stats\":{\"day_stats\":[" + recordings + "],\"recording_count\":" + recordingCount
				+ ",\"recording_minutes_consumed\":" + recordingMinutes.toPlainString() + "}}}";
	}

	private static String day(LocalDate day, String what, long count, BigDecimal minutes) {
		return "{\"day\":\"" + day + "\",\"total_" + what + "s\":" + count + ",\"total_" + what + "_minutes\":"
				+ minutes.toPlainString() + "}";
	}

	private static LocalDate date(Map<String, String> query, String name, LocalDate fallback) {
		String raw = query.get(name);
		if (raw == null) {
			return fallback;
		}
		try {
			return LocalDate.parse(raw);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequest(name + " must be a date in YYYY-MM-DD format, got '" + raw + "'");
		}
	}

	private static Long plus(Long value, long more) {
		return (value == null) ? null : value + more;
	}

}
