package io.rtkwarehouse.simulator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.rtkwarehouse.simulator.ApiSimulator.App;
import io.rtkwarehouse.simulator.ApiSimulator.Numbers;
import io.rtkwarehouse.simulator.Daywise.Usage;

/** The made-up apps and numbers: the same in every run and JVM. */
final class SampleData {

	private static final Instant FIRST_APP_CREATED = Instant.parse("2020-01-01T00:00:00Z");

	private SampleData() {
	}

	static List<App> apps(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must be >= 0, got " + n);
		}
		List<App> apps = new ArrayList<>(n);
		for (int i = 1; i <= n; i++) {
			String name = "app-" + i;
			String id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
			apps.add(new App(id, name, FIRST_APP_CREATED.plus(Duration.ofDays(i - 1L)).toString()));
		}
		return List.copyOf(apps);
	}

	/**
	 * Apps like {@link #apps(int)}, created one after the other at times of day of their
	 * own, spread evenly from the first date to the last.
	 */
	static List<App> apps(int n, LocalDate first, LocalDate last) {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("created dates must run forward, got " + first + " to " + last);
		}
		long days = last.toEpochDay() - first.toEpochDay();
		List<App> apps = new ArrayList<>(n);
		for (App app : apps(n)) {
			long index = apps.size();
			long day = first.toEpochDay() + ((n > 1) ? index * days / (n - 1) : 0);
			long second = day * 86_400 + Math.floorMod(hash(0x3C6EF372FE94F82BL, app.name()), 86_400L);
			apps.add(new App(app.id(), app.name(), Instant.ofEpochSecond(second).toString()));
		}
		return List.copyOf(apps);
	}

	static Numbers numbers(String appId, long startEpochSecond, long endEpochSecond) {
		long h = hash(0x6A09E667F3BCC909L, appId);
		h = mix(h ^ startEpochSecond);
		h = mix(h ^ endEpochSecond);
		long count = Math.floorMod(h, 10L);
		h = mix(h);
		long ingestPerStream = 300 + Math.floorMod(h, 3301L);
		h = mix(h);
		long viewersPerIngestSecond = Math.floorMod(h, 21L);
		long ingest = count * ingestPerStream;
		return new Numbers(count, ingest, ingest * viewersPerIngestSecond);
	}

	/**
	 * Sessions (0..20) and recordings (0..5) of a date, with minutes in hundredths
	 * (fractional), none when there was none.
	 */
	static Usage usage(String appId, LocalDate day) {
		long h = hash(0xBB67AE8584CAA73BL, appId);
		h = mix(h ^ day.toEpochDay());
		long sessions = Math.floorMod(h, 21L);
		h = mix(h);
		BigDecimal sessionMinutes = BigDecimal.valueOf(sessions * (100 + Math.floorMod(h, 6000L)), 2);
		h = mix(h);
		long recordings = Math.min(sessions, Math.floorMod(h, 6L));
		h = mix(h);
		BigDecimal recordingMinutes = BigDecimal.valueOf(recordings * (50 + Math.floorMod(h, 3000L)), 2);
		return new Usage(sessions, sessionMinutes, recordings, recordingMinutes);
	}

	/** The bytes of {@code text} mixed one by one into {@code seed}. */
	static long hash(long seed, String text) {
		long h = seed;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			h = mix(h ^ (b & 0xFF));
		}
		return h;
	}

	/** SplitMix64's step and finaliser: explicit, so values do not depend on the JVM. */
	static long mix(long z) {
		z += 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
