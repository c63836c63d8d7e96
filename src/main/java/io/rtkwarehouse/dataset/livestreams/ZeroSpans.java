package io.rtkwarehouse.dataset.livestreams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.rtkwarehouse.source.Outcome;
import io.rtkwarehouse.window.DayRange;

/**
 * Asks for a planned run of days with as few requests as the answers allow. A span is
 * asked once: its numbers are totals over its days and none can be negative, so three
 * zeros mean every day of it is zero. A span with activity is split: into single days
 * when its count says half its days or more may be active (so that an app active every
 * day costs one request more per span than one per day), else into parts sized by its
 * count ({@link #group}), each asked the same way. A request the API refuses as such (a
 * 4xx other than 429) is split into single days too; one that fails after its retries
 * fails its days. Each zero span is offered to the run's {@link Check}, which may ask
 * some of its days again one by one: a day that answers anything but zeros contradicts
 * the span, turns spans off, and every day of the span is asked again on its own.
 */
final class ZeroSpans {

	/**
	 * A span whose count reaches half its days goes straight to single days: a split pays
	 * off only when few days are active.
	 */
	static final int DENSE_DAYS_PER_LIVESTREAM = 2;

	private final Ask ask;

	private final Check check;

	private final List<LivestreamDays.Day> days = new ArrayList<>();

	private final List<LivestreamDays.Asked> asked = new ArrayList<>();

	private ZeroSpans(Ask ask, Check check) {
		this.ask = ask;
		this.check = check;
	}

	/** Asks for the planned days, as spans while the check allows them. */
	static LivestreamDays fetch(DayRange planned, Ask ask, Check check) {
		ZeroSpans spans = new ZeroSpans(ask, check);
		spans.span(planned);
		spans.days.stream().filter(LivestreamDays.Day::loaded).forEach((day) -> check.observed(day.numbers()));
		return new LivestreamDays(spans.days, spans.asked);
	}

	/** Whether all three numbers are there and zero. */
	static boolean zero(LivestreamNumbers numbers) {
		return numbers != null && Long.valueOf(0).equals(numbers.livestreamCount())
				&& Long.valueOf(0).equals(numbers.totalIngestSeconds())
				&& Long.valueOf(0).equals(numbers.totalViewerSeconds());
	}

	/**
	 * How many days each part of a span with activity covers; 1 means single days. At
	 * most k of its n days are active, k being its count over the app's livestreams per
	 * active day ({@code perActiveDay}: 1 until the run has seen some of its days, so
	 * that k bounds them: a livestream counts in at least one day). Single days when that
	 * may be half of them or more, or the count is unknown; else parts of 2^⌊log2((n - k
	 * + 1) / k)⌋ days, the group size of Hwang's generalized binary splitting for k of n,
	 * so that a part is likely to hold at most one active day; and at most half the span,
	 * so that each split makes progress.
	 */
	static int group(LivestreamNumbers numbers, DayRange span, double perActiveDay) {
		Long count = numbers.livestreamCount();
		long n = span.days();
		if (count == null || n <= 2) {
			return 1;
		}
		long k = Math.max(1, (long) Math.ceil(count / Math.max(1, perActiveDay)));
		if (k * DENSE_DAYS_PER_LIVESTREAM >= n) {
			return 1;
		}
		int group = Integer.highestOneBit((int) Math.max(1, (n - k + 1) / k));
		return (int) Math.min(group, (n + 1) / 2);
	}

	private void span(DayRange span) {
		if (span.days() == 1 || !this.check.spansOn()) {
			span.stream().forEach(this::single);
			return;
		}
		Outcome<LivestreamNumbers> outcome = this.ask.ask(span);
		if (!outcome.loaded()) {
			Integer status = outcome.httpStatus();
			if (status != null && status >= 400 && status < 500 && status != 429) {
				this.asked.add(new LivestreamDays.Asked(span, outcome, false,
						"the API refused the span (HTTP " + status + "): its days were asked one by one"));
				span.stream().forEach(this::single);
				return;
			}
			this.asked.add(new LivestreamDays.Asked(span, outcome, false, null));
			span.stream().forEach((day) -> this.days.add(new LivestreamDays.Day(day, null, outcome, null)));
			return;
		}
		LivestreamNumbers numbers = outcome.value();
		if (zero(numbers)) {
			zeros(span, outcome);
			return;
		}
		this.asked.add(new LivestreamDays.Asked(span, outcome, false,
				"split: the span answered " + describe(numbers) + ", so its days were asked in parts"));
		int group = this.check.mostlyActive() ? 1 : group(numbers, span, this.check.livestreamsPerActiveDay());
		if (group <= 1) {
			span.stream().forEach(this::single);
			return;
		}
		for (LocalDate from = span.from(); !from.isAfter(span.to()); from = from.plusDays(group)) {
			LocalDate to = from.plusDays(group - 1);
			span(new DayRange(from, to.isAfter(span.to()) ? span.to() : to));
		}
	}

	private void zeros(DayRange span, Outcome<LivestreamNumbers> outcome) {
		int askedAt = this.asked.size();
		int daysAt = this.days.size();
		this.asked.add(new LivestreamDays.Asked(span, outcome, true, null));
		span.stream().forEach((day) -> this.days.add(new LivestreamDays.Day(day, outcome.value(), outcome, span)));
		for (LocalDate day : this.check.sample(span)) {
			Outcome<LivestreamNumbers> alone = this.ask.ask(new DayRange(day, day));
			if (!alone.loaded()) {
				// Tells nothing either way: the span's zeros stand, the answer is kept.
				this.asked.add(new LivestreamDays.Asked(new DayRange(day, day), alone, false,
						"a sample of the zero span " + span + " that failed"));
				continue;
			}
			if (zero(alone.value())) {
				// It agrees: the day keeps the span's row, and the answer is kept.
				this.asked.add(new LivestreamDays.Asked(new DayRange(day, day), alone, false,
						"a sample of the zero span " + span + " that agreed"));
				continue;
			}
			this.check.contradicted(span, day, alone.value());
			this.asked.set(askedAt, this.asked.get(askedAt)
				.notLoaded("contradicted: day " + day + " answered " + describe(alone.value()) + " on its own"));
			this.days.subList(daysAt, this.days.size()).clear();
			this.asked.add(new LivestreamDays.Asked(new DayRange(day, day), alone, true, null));
			for (LocalDate other : span.stream().toList()) {
				if (other.equals(day)) {
					this.days.add(new LivestreamDays.Day(day, alone.value(), alone, null));
				}
				else {
					single(other);
				}
			}
			return;
		}
	}

	private void single(LocalDate day) {
		Outcome<LivestreamNumbers> outcome = this.ask.ask(new DayRange(day, day));
		this.asked.add(new LivestreamDays.Asked(new DayRange(day, day), outcome, outcome.loaded(), null));
		this.days.add(new LivestreamDays.Day(day, outcome.value(), outcome, null));
	}

	static String describe(LivestreamNumbers numbers) {
		return String.format(Locale.ROOT, "count %s, ingest %s s, viewer %s s", numbers.livestreamCount(),
				numbers.totalIngestSeconds(), numbers.totalViewerSeconds());
	}

	/** Asks the API for the numbers of a run of days. */
	@FunctionalInterface
	interface Ask {

		Outcome<LivestreamNumbers> ask(DayRange days);

	}

	/** The run's self-check of spans, for one account. */
	interface Check {

		/** Whether spans may be asked (configuration, and no contradiction yet). */
		boolean spansOn();

		/** The days of a zero span to ask again one by one. */
		List<LocalDate> sample(DayRange span);

		/** A sampled day answered more than zeros: spans are off from now on. */
		void contradicted(DayRange span, LocalDate day, LivestreamNumbers alone);

		/** The numbers of a day of the app, once known. */
		default void observed(LivestreamNumbers day) {
		}

		/**
		 * The app's livestreams per active day, as far as the run has seen: 1 until it
		 * knows.
		 */
		default double livestreamsPerActiveDay() {
			return 1;
		}

		/**
		 * Whether most of the app's days the run has seen were active: its spans go
		 * straight to single days.
		 */
		default boolean mostlyActive() {
			return false;
		}

	}

}
