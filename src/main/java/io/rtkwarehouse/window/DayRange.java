package io.rtkwarehouse.window;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** An inclusive range of calendar days. */
public record DayRange(LocalDate from, LocalDate to) {

	public DayRange {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("the range starts on " + from + ", after its end " + to);
		}
	}

	/**
	 * The nightly range: the day before {@code date} and the {@code lookbackDays} days
	 * before it.
	 */
	public static DayRange nightly(LocalDate date, int lookbackDays) {
		LocalDate yesterday = date.minusDays(1);
		return new DayRange(yesterday.minusDays(lookbackDays), yesterday);
	}

	/** The last day that has fully ended in the zone, as seen by the clock. */
	public static LocalDate lastEndedDay(Clock clock, ZoneId zone) {
		return LocalDate.now(clock.withZone(zone)).minusDays(1);
	}

	public long days() {
		return this.to.toEpochDay() - this.from.toEpochDay() + 1;
	}

	/** This range cut at {@code lastDay}, or {@code null} when nothing of it is left. */
	public DayRange endingNoLaterThan(LocalDate lastDay) {
		if (this.from.isAfter(lastDay)) {
			return null;
		}
		return this.to.isAfter(lastDay) ? new DayRange(this.from, lastDay) : this;
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	public Stream<LocalDate> stream() {
		return this.from.datesUntil(this.to.plusDays(1));
	}

	public List<DayWindow> windows(String appId, ZoneId zone) {
		return stream().map((day) -> DayWindow.of(appId, day, zone)).toList();
	}

	@Override
	public String toString() {
		return this.from + ".." + this.to;
	}

}
