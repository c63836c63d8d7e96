package io.rtkwarehouse.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.rtkwarehouse.simulator.ActivityMix.Kind;
import io.rtkwarehouse.simulator.ApiSimulator.Numbers;
import io.rtkwarehouse.simulator.Daywise.Usage;

/**
 * The livestreams of one app under an {@link ActivityMix}, the same in every JVM. Each
 * livestream starts at a whole minute of a UTC day on which the app is active (1 to 4 a
 * day for a daily app, 1 to 6 on a weekly app's day; a day's first one sometimes at
 * 00:00), ingests 300 to 7,200 seconds (so some cross midnight) and is watched 0 to 20
 * times that long. None starts before the app's creation or at or after now.
 *
 * <p>
 * A window's totals are those of the livestreams that start inside it, so they add up
 * exactly over any split of a span, in any zone: that is the rule. Two ways to break it
 * on purpose: counting a livestream in every window it overlaps (one that crosses
 * midnight then counts in both days), and counting one that starts exactly at the end.
 */
final class History {

	static final long DAY = 86_400;

	/** The longest livestream, in seconds: how far back an overlap can reach. */
	private static final long LONGEST = 7_200;

	private static final Numbers NONE = new Numbers(0L, 0L, 0L);

	/** An app's life: what it does, since when (epoch second), on which weekday. */
	record Life(String appId, Kind kind, long created, int weekday) {
	}

	/** How windows count livestreams. */
	record Counting(boolean overlapping, boolean endInclusive) {

		static final Counting BY_START = new Counting(false, false);

		boolean counts(long start, long length, long windowStart, long windowEnd) {
			boolean beforeEnd = endInclusive ? start <= windowEnd : start < windowEnd;
			return beforeEnd && (overlapping ? start + length > windowStart : start >= windowStart);
		}

	}

	private History() {
	}

	/**
	 * The totals of the livestreams the window counts, among those started before now.
	 */
	static Numbers totals(Life life, long start, long end, long now, Counting counting) {
		if (life.kind() == Kind.IDLE) {
			return NONE;
		}
		long first = Math.floorDiv(Math.max(start, life.created()) - (counting.overlapping() ? LONGEST : 0), DAY);
		long last = Math.floorDiv(Math.min(end, now - 1), DAY);
		long count = 0;
		long ingest = 0;
		long viewer = 0;
		for (long day = first; day <= last; day++) {
			if (!active(life, day)) {
				continue;
			}
			long h = SampleData.mix(SampleData.hash(0xA54FF53A5F1D36F1L, life.appId()) ^ day);
			long streams = 1 + Math.floorMod(h, (life.kind() == Kind.DAILY) ? 4L : 6L);
			boolean midnight = Math.floorMod(h >>> 8, 8L) == 0;
			for (int i = 0; i < streams; i++) {
				h = SampleData.mix(h);
				long at = day * DAY + ((i == 0 && midnight) ? 0 : Math.floorMod(h, 1440L) * 60);
				h = SampleData.mix(h);
				long length = 300 + Math.floorMod(h, LONGEST - 299);
				h = SampleData.mix(h);
				if (at >= life.created() && at < now && counting.counts(at, length, start, end)) {
					count++;
					ingest += length;
					viewer += length * Math.floorMod(h, 21L);
				}
			}
		}
		return new Numbers(count, ingest, viewer);
	}

	/** The usage of a date: the made-up one on the app's active days, else none. */
	static Usage usage(Life life, LocalDate date, long now) {
		long day = date.toEpochDay();
		boolean happened = life.kind() != Kind.IDLE && day * DAY < now && active(life, day);
		return happened ? SampleData.usage(life.appId(), date)
				: new Usage(0, BigDecimal.valueOf(0, 2), 0, BigDecimal.valueOf(0, 2));
	}

	/** The made-up numbers of the UTC days from the creation's to now's, added up. */
	static Numbers sampleDays(String appId, long created, long now) {
		long count = 0;
		long ingest = 0;
		long viewer = 0;
		for (long day = Math.floorDiv(created, DAY) * DAY; day < now; day += DAY) {
			Numbers numbers = SampleData.numbers(appId, day, day + DAY);
			count += numbers.count();
			ingest += numbers.totalIngestSeconds();
			viewer += numbers.totalViewerSeconds();
		}
		return new Numbers(count, ingest, viewer);
	}

	private static boolean active(Life life, long day) {
		return day >= Math.floorDiv(life.created(), DAY)
				&& (life.kind() == Kind.DAILY || Math.floorMod(day + life.weekday(), 7L) == 0);
	}

}
