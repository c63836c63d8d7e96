package io.rtkwarehouse.window;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * One app and a run of consecutive dates that one request covers: the dates as the API
 * gives them, in no zone of ours.
 */
public record DaySpan(String appId, DayRange days) {

	/**
	 * The days, cut into runs of consecutive days of at most {@code maxDays} each, in
	 * order.
	 */
	public static List<DaySpan> cut(String appId, Collection<LocalDate> days, int maxDays) {
		List<DaySpan> spans = new ArrayList<>();
		LocalDate first = null;
		LocalDate last = null;
		for (LocalDate day : new TreeSet<>(days)) {
			if (first != null && day.equals(last.plusDays(1)) && last.toEpochDay() - first.toEpochDay() + 1 < maxDays) {
				last = day;
				continue;
			}
			if (first != null) {
				spans.add(new DaySpan(appId, new DayRange(first, last)));
			}
			first = day;
			last = day;
		}
		if (first != null) {
			spans.add(new DaySpan(appId, new DayRange(first, last)));
		}
		return spans;
	}

	/**
	 * The days as runs of consecutive days of at most a calendar month each: from a day
	 * to the day before the same date a month later (1 March to 31 March, 6 December to 5
	 * January), or less where a run of days ends.
	 */
	public static List<DaySpan> byMonth(String appId, Collection<LocalDate> days) {
		List<DaySpan> spans = new ArrayList<>();
		for (DaySpan run : cut(appId, days, Integer.MAX_VALUE)) {
			LocalDate from = run.days().from();
			while (!from.isAfter(run.days().to())) {
				LocalDate monthEnd = from.plusMonths(1).minusDays(1);
				LocalDate to = monthEnd.isBefore(run.days().to()) ? monthEnd : run.days().to();
				spans.add(new DaySpan(appId, new DayRange(from, to)));
				from = to.plusDays(1);
			}
		}
		return spans;
	}

	@Override
	public String toString() {
		return this.appId + " " + this.days;
	}

}
