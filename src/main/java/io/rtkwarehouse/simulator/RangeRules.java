package io.rtkwarehouse.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import io.rtkwarehouse.simulator.ApiSimulator.Numbers;
import io.rtkwarehouse.simulator.ApiSimulator.TimeFormat;
import io.rtkwarehouse.simulator.Daywise.Usage;

/**
 * How the API reads the range of a request, where the contract leaves it open: how long
 * it keeps data, the longest range it accepts, what it does with a time it cannot read,
 * whether it reads the range at all, and (to test a self-check) a lie about spans. All
 * off by default: every range is read and answered as asked. Each time a rule changes an
 * answer it is counted ({@link Stats#ranges}).
 */
public final class RangeRules {

	/** What a livestream endpoint does with a time not in the configured format. */
	public enum UnreadableTime {

		/** A 400 naming the parameter and the format it wants. */
		REFUSE,
		/** The range is dropped: the answer is the app's all-time totals. */
		IGNORE

	}

	/** An answer a rule changed, as counted in the stats. */
	public enum Outcome {

		/** A 400 for a range longer than {@link #maxRange}. */
		TOO_LONG_REFUSED,
		/** A 400 for a time not in the configured format. */
		UNREADABLE_REFUSED,
		/** All-time totals for a time not in the configured format. */
		UNREADABLE_IGNORED,
		/** All-time totals because {@link #ignoreRange} is on. */
		RANGE_IGNORED,
		/** A window (or a day of a daywise answer) zeroed by {@link #retention}. */
		ERASED,
		/** A window longer than a day (25 hours) zeroed by {@link #spansLie}. */
		SPAN_ZEROED

	}

	/** A range as read: the window asked for, or all time (from the app's creation). */
	record Range(long start, long end, boolean allTime) {
	}

	private static final Numbers NONE = new Numbers(0L, 0L, 0L);

	private final Activity activity;

	private final RangeCounts counts;

	private volatile Duration retention = Duration.ZERO;

	private volatile Duration maxRange = Duration.ZERO;

	private volatile boolean ignoreRange;

	private volatile boolean spansLie;

	private volatile UnreadableTime unreadableTime = UnreadableTime.REFUSE;

	RangeRules(Activity activity, RangeCounts counts) {
		this.activity = activity;
		this.counts = counts;
	}

	/**
	 * Windows that start before now minus this horizon answer zeros, as if their data had
	 * been erased, still with a 200 (livestream daywise and usage daywise zero such
	 * days); zero keeps everything (the default).
	 */
	public RangeRules retention(Duration horizon) {
		this.retention = Faults.nonNegative(horizon, "retention");
		return this;
	}

	/**
	 * Ranges longer than this get a 400 (usage daywise: more dates than it has days);
	 * zero accepts any (the default).
	 */
	public RangeRules maxRange(Duration longest) {
		this.maxRange = Faults.nonNegative(longest, "maxRange");
		return this;
	}

	/**
	 * The livestream endpoints answer all-time totals whatever {@code start_time} and
	 * {@code end_time} say (daywise: every day from the app's creation to today), once
	 * they are valid.
	 */
	public RangeRules ignoreRange(boolean ignore) {
		this.ignoreRange = ignore;
		return this;
	}

	/** What a time in the other format gets; default {@link UnreadableTime#REFUSE}. */
	public RangeRules unreadableTime(UnreadableTime unreadable) {
		this.unreadableTime = Objects.requireNonNull(unreadable, "unreadable");
		return this;
	}

	/**
	 * Overall answers zeros for every window longer than one day (more than 25 hours, so
	 * that no single day of any zone is one), activity or not: a broken rule for testing
	 * a check that spans add up to their days.
	 */
	public RangeRules spansLie(boolean lie) {
		this.spansLie = lie;
		return this;
	}

	/** The range of a livestream request, or a 400 for a bad, unreadable or long one. */
	Range read(String appId, Map<String, String> query, TimeFormat format) {
		Long start = time("start_time", query.get("start_time"), format);
		Long end = time("end_time", query.get("end_time"), format);
		if (start == null || end == null) {
			counts.add(Outcome.UNREADABLE_IGNORED);
			return allTime(appId);
		}
		if (start >= end) {
			throw new BadRequest("end_time must be after start_time");
		}
		long longest = maxRange.toSeconds();
		if (longest > 0 && end - start > longest) {
			counts.add(Outcome.TOO_LONG_REFUSED);
			throw new BadRequest("the range from start_time to end_time must not be longer than " + length(longest));
		}
		if (ignoreRange) {
			counts.add(Outcome.RANGE_IGNORED);
			return allTime(appId);
		}
		return new Range(start, end, false);
	}

	/** Refuses a usage range of more dates than {@link #maxRange} has days. */
	void checkDates(LocalDate from, LocalDate to) {
		long longest = maxRange.toSeconds();
		if (longest > 0 && (to.toEpochDay() - from.toEpochDay() + 1) * History.DAY > longest) {
			counts.add(Outcome.TOO_LONG_REFUSED);
			throw new BadRequest("the range from start_date to end_date must not be longer than " + length(longest));
		}
	}

	/** The numbers of a window as the rules let {@code data} through. */
	Numbers numbers(String appId, Range range, Supplier<Numbers> data) {
		if (range.allTime()) {
			return activity.allTime(appId);
		}
		if (erased(range.start())) {
			return NONE;
		}
		// Longer than the longest day (25 hours, when daylight saving time ends).
		if (spansLie && range.end() - range.start() > 25 * 3600) {
			counts.add(Outcome.SPAN_ZEROED);
			return NONE;
		}
		return data.get();
	}

	/** The usage of a date, unless the retention has erased it. */
	Usage usage(String appId, LocalDate day) {
		return erased(day.toEpochDay() * History.DAY)
				? new Usage(0, BigDecimal.valueOf(0, 2), 0, BigDecimal.valueOf(0, 2)) : activity.usage(appId, day);
	}

	private boolean erased(long windowStart) {
		long horizon = retention.toSeconds();
		if (horizon > 0 && windowStart < activity.now() - horizon) {
			counts.add(Outcome.ERASED);
			return true;
		}
		return false;
	}

	private Range allTime(String appId) {
		return new Range(activity.createdDay(appId), activity.now(), true);
	}

	/** The time, or null for one this API ignores; a missing one is always refused. */
	private Long time(String name, String raw, TimeFormat format) {
		if (raw == null || raw.isBlank()) {
			return QueryParams.time(name, raw, format);
		}
		try {
			return QueryParams.time(name, raw, format);
		}
		catch (BadRequest unreadable) {
			if (unreadableTime == UnreadableTime.IGNORE) {
				return null;
			}
			counts.add(Outcome.UNREADABLE_REFUSED);
			throw unreadable;
		}
	}

	private static String length(long seconds) {
		return (seconds % History.DAY == 0) ? (seconds / History.DAY) + " days" : seconds + " seconds";
	}

}
