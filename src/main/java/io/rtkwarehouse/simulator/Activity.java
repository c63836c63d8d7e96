package io.rtkwarehouse.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import io.rtkwarehouse.simulator.ActivityMix.Kind;
import io.rtkwarehouse.simulator.ApiSimulator.App;
import io.rtkwarehouse.simulator.ApiSimulator.Numbers;
import io.rtkwarehouse.simulator.Daywise.Usage;

/**
 * What the served apps did, as both livestream endpoints and usage daywise serve it. With
 * no {@link #mix}, as always: a made-up number for each window
 * ({@link ApiSimulator#numbers}) and for each date ({@link Daywise#usage}). With a mix, a
 * history of livestreams (see {@link History}): none before an app's {@code created_at}
 * or after now, totals that add up exactly over any split of a window, and usage only on
 * the days an app is active.
 */
public final class Activity {

	private final Supplier<AppCatalog> catalog;

	private volatile ActivityMix mix;

	private volatile History.Counting counting = History.Counting.BY_START;

	private volatile Clock clock = Clock.systemUTC();

	private volatile Lives lives;

	/** The lives of a catalog's apps under a mix, worked out once. */
	private record Lives(AppCatalog catalog, ActivityMix mix, Map<String, History.Life> byId) {
	}

	Activity(Supplier<AppCatalog> catalog) {
		this.catalog = catalog;
	}

	/**
	 * {@code n} apps named app-1..app-n with the ids of {@link ApiSimulator#apps(int)},
	 * created in that order at times of day of their own, spread evenly over these dates.
	 */
	public static List<App> apps(int n, LocalDate createdFrom, LocalDate createdTo) {
		return SampleData.apps(n, createdFrom, createdTo);
	}

	/** Serves a history under this mix from now on; null: the made-up numbers again. */
	public Activity mix(ActivityMix mix) {
		this.mix = mix;
		return this;
	}

	public ActivityMix mix() {
		return mix;
	}

	/**
	 * Breaks additivity on purpose: a livestream counts in every window it overlaps, so
	 * one that crosses midnight counts in both days and the days of a span add up to more
	 * than the span. Off by default; only with a mix.
	 */
	public Activity countOverlapping(boolean overlapping) {
		this.counting = new History.Counting(overlapping, counting.endInclusive());
		return this;
	}

	/**
	 * Reads {@code end_time} as inclusive: a livestream starting exactly at the end of a
	 * window counts in it too (and in the next one). Off by default; only with a mix.
	 */
	public Activity endInclusive(boolean inclusive) {
		this.counting = new History.Counting(counting.overlapping(), inclusive);
		return this;
	}

	/** The kind of a served app under the mix; null without a mix. */
	public Kind kind(String appId) {
		return (mix == null) ? null : life(appId).kind();
	}

	/**
	 * What overall serves for this window, before any {@link RangeRules rule} and hook.
	 */
	public Numbers totals(String appId, long startEpochSecond, long endEpochSecond) {
		if (mix == null) {
			// Nothing happened in an app a day or more before it existed: such a window
			// is
			// empty, which lets a client see whether its range is read at all. The day
			// just
			// before keeps its made-up number, as the static numbers(...) tests expect.
			return (endEpochSecond <= created(app(appId)) - History.DAY) ? new Numbers(0L, 0L, 0L)
					: SampleData.numbers(appId, startEpochSecond, endEpochSecond);
		}
		return History.totals(life(appId), startEpochSecond, endEpochSecond, now(), counting);
	}

	/**
	 * The totals of an app since its creation until now: with a mix, of every livestream;
	 * without, the made-up numbers of each UTC day from its creation date to today.
	 */
	public Numbers allTime(String appId) {
		if (mix == null) {
			return History.sampleDays(appId, created(app(appId)), now());
		}
		History.Life life = life(appId);
		return History.totals(life, life.created(), now(), now(), History.Counting.BY_START);
	}

	/** The usage daywise serves for this date (before retention). */
	public Usage usage(String appId, LocalDate day) {
		return (mix == null) ? SampleData.usage(appId, day) : History.usage(life(appId), day, now());
	}

	/** Now, where a history ends (and the horizon of {@link RangeRules#retention}). */
	public Activity clock(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
		return this;
	}

	long now() {
		return clock.instant().getEpochSecond();
	}

	/** The start of the UTC day an app was created on. */
	long createdDay(String appId) {
		return Math.floorDiv(created(app(appId)), History.DAY) * History.DAY;
	}

	private App app(String appId) {
		App app = catalog.get().app(appId);
		if (app == null) {
			throw new IllegalArgumentException("not a served app: " + appId);
		}
		return app;
	}

	private History.Life life(String appId) {
		AppCatalog apps = catalog.get();
		ActivityMix current = mix;
		Lives known = lives;
		if (known == null || known.catalog() != apps || known.mix() != current) {
			known = new Lives(apps, current, lives(apps.list(), current));
			lives = known;
		}
		History.Life life = known.byId().get(appId);
		if (life == null) {
			throw new IllegalArgumentException("not a served app: " + appId);
		}
		return life;
	}

	/** Kinds go by the place of the app's id in a shuffled order: shares kept, mixed. */
	private static Map<String, History.Life> lives(List<App> apps, ActivityMix mix) {
		List<App> shuffled = apps.stream()
			.sorted(Comparator.comparingLong((App app) -> SampleData.hash(0x510E527FADE682D1L, app.id()))
				.thenComparing(App::id))
			.toList();
		Map<String, History.Life> lives = new HashMap<>();
		for (int place = 0; place < shuffled.size(); place++) {
			App app = shuffled.get(place);
			int weekday = (int) Math.floorMod(SampleData.hash(0x9B05688C2B3E6C1FL, app.id()), 7L);
			lives.put(app.id(), new History.Life(app.id(), mix.kind(place, shuffled.size()), created(app), weekday));
		}
		return lives;
	}

	/** {@code created_at} in epoch seconds: an instant, an offset date-time or a date. */
	static long created(App app) {
		String text = app.createdAt();
		try {
			return Instant.parse(text).getEpochSecond();
		}
		catch (DateTimeParseException notInstant) {
			try {
				return OffsetDateTime.parse(text).toEpochSecond();
			}
			catch (DateTimeParseException notOffset) {
				try {
					return LocalDate.parse(text).toEpochDay() * History.DAY;
				}
				catch (DateTimeParseException notDate) {
					return 0;
				}
			}
		}
	}

}
