package io.rtkwarehouse.window;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One app and one calendar day in a zone: the half-open interval [day 00:00, next day
 * 00:00) in that zone, as UTC instants. A day on which daylight saving time changes is 23
 * or 25 hours long.
 */
public record DayWindow(String appId, LocalDate day, ZoneId zone, Instant start, Instant end) {

	public static DayWindow of(String appId, LocalDate day, ZoneId zone) {
		return new DayWindow(appId, day, zone, day.atStartOfDay(zone).toInstant(),
				day.plusDays(1).atStartOfDay(zone).toInstant());
	}

	public Duration length() {
		return Duration.between(this.start, this.end);
	}

	@Override
	public String toString() {
		return this.appId + " " + this.day;
	}

}
