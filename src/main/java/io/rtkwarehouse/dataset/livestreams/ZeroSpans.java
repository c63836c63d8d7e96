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
 * zeros mean every day of it is zero. A span with activity is split ({@link #split}):
 * into single days when its count says half its days or more may be active (so that an
 * app active every day costs one request more per span than one per day), else by Hwang's
 * generalized binary splitting, in parts sized by its count and the app's pace. A request
 * the API refuses as such (a 4xx other than 429) is split into single days too; one that
 * fails after its retries fails its days. Each zero span or part is offered to the run's
 * {@link SpanCheck}, which may ask some of its days again one by one: a day that answers
 * anything but zeros contradicts it, turns spans off, and every day of it and of the rest
 * of the span is asked again on its own.
 */
final class ZeroSpans {

	/**
	 * Days that may be active reaching half the days ahead send them straight to single
	 * days: a split pays off only when few days are active.
	 */
	static final int DENSE_DAYS_PER_LIVESTREAM = 2;

	private final Ask ask;

	private final SpanCheck check;

	private final List<LivestreamDays.Day> days = new ArrayList<>();

	private final List<LivestreamDays.Asked> asked = new ArrayList<>();

	private ZeroSpans(Ask ask, SpanCheck check) {
		this.ask = ask;
		this.check = check;
	}

	/** Asks for the planned days, as spans while the check allows them. */
	static LivestreamDays fetch(DayRange planned, Ask ask, SpanCheck check) {
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
	 * How many days the next part of a pool of {@code n} unknown days covers, when about
	 * {@code k} of them are active; 1 means single days. Single days when that may be
	 * half of them or more; else 2^⌊log2((n - k + 1) / k)⌋ days, the group size of
	 * Hwang's generalized binary splitting for k of n, so that a part is likely to hold
	 * at most one active day.
	 */
	static int group(double k, long n) {
		k = Math.max(1, Math.ceil(k));
		if (n <= 2 || k * DENSE_DAYS_PER_LIVESTREAM >= n) {
			return 1;
		}
		return (int) Math.min(Integer.highestOneBit((int) Math.max(1, (n - k + 1) / k)), n);
	}

	private void span(DayRange span) {
		if (span.days() == 1 || !this.check.spansOn() || this.check.mostlyActive()) {
			span.stream().forEach(this::single);
			return;
		}
		Part asked = part(span);
		if (asked.active()) {
			split(span, asked.numbers());
		}
	}

	/**
	 * Finds the active days of a span with activity by Hwang's generalized binary
	 * splitting: the unknown days ahead (the pool) are asked in parts of {@link #group}
	 * days; a part that answers zeros gives its days their rows, one with activity is
	 * halved until a single day of it is asked, and the halves not needed on the way go
	 * back to the pool. The count only sizes the parts: a day's row always comes from an
	 * answer of zeros or from its own. Once half the settled days or more turn out
	 * active, the rest of the span is asked day by day.
	 */
	private void split(DayRange span, LivestreamNumbers numbers) {
		if (numbers.livestreamCount() == null) {
			span.stream().forEach(this::single);
			return;
		}
		double pace = this.check.livestreamsPerActiveDay();
		long left = numbers.livestreamCount();
		// The pool is every day from `from` on; `known` a part before it known to be
		// active.
		LocalDate from = span.from();
		DayRange known = null;
		boolean poolActive = true;
		int activeDays = 0;
		while (known != null || !from.isAfter(span.to())) {
			if (known == null) {
				DayRange pool = new DayRange(from, span.to());
				long settled = from.toEpochDay() - span.from().toEpochDay();
				// Active days ahead: livestreams left over the pace, or
				// (three found) their share of the days settled.
				double ahead = Math.max(Math.max(1, left) / Math.max(1, pace),
						(activeDays < 3) ? 0 : (double) activeDays * pool.days() / settled);
				int group = group(ahead, pool.days());
				if (group <= 1 || !this.check.spansOn()) {
					pool.stream().forEach(this::single);
					return;
				}
				if (poolActive && 2L * group >= pool.days()) {
					// One active day expected, and the pool holds it: halve the pool.
					known = pool;
					from = pool.to().plusDays(1);
					continue;
				}
				DayRange part = new DayRange(from, from.plusDays(group - 1));
				from = part.to().plusDays(1);
				Part asked = part(part);
				known = asked.active() ? part : null;
				poolActive = poolActive && asked.zero();
				continue;
			}
			if (known.days() == 1 || !this.check.spansOn()) {
				known.stream().forEach(this::single);
				known = null;
				continue;
			}
			DayRange first = new DayRange(known.from(), known.from().plusDays(known.days() / 2 - 1));
			DayRange second = new DayRange(first.to().plusDays(1), known.to());
			Part half = part(first);
			if (half.zero()) {
				known = second;
				if (second.days() == 1) {
					LivestreamNumbers day = single(second.from());
					activeDays++;
					left -= (day != null && day.livestreamCount() != null) ? day.livestreamCount() : 0;
					known = null;
				}
				continue;
			}
			from = second.from();
			poolActive = false;
			known = (half.active() && first.days() > 1) ? first : null;
			if (half.active() && first.days() == 1) {
				activeDays++;
				left -= (half.numbers().livestreamCount() != null) ? half.numbers().livestreamCount() : 0;
			}
		}
	}

	/**
	 * Asks a run of days and settles what it can. A single day gets its row; a run that
	 * answers zeros gives its days theirs ({@link #zeros}); one the API refuses (a 4xx
	 * other than 429) is asked day by day; one that fails after its retries fails its
	 * days. Only a run with activity is left to the caller.
	 */
	private Part part(DayRange days) {
		if (days.days() == 1) {
			LivestreamNumbers numbers = single(days.from());
			return new Part(numbers, numbers != null && !zero(numbers), zero(numbers));
		}
		Outcome<LivestreamNumbers> outcome = this.ask.ask(days);
		if (!outcome.loaded()) {
			Integer status = outcome.httpStatus();
			if (status != null && status >= 400 && status < 500 && status != 429) {
				this.asked.add(new LivestreamDays.Asked(days, outcome, false,
						"the API refused the span (HTTP " + status + "): its days were asked one by one"));
				days.stream().forEach(this::single);
				return new Part(null, false, false);
			}
			this.asked.add(new LivestreamDays.Asked(days, outcome, false, null));
			days.stream().forEach((day) -> this.days.add(new LivestreamDays.Day(day, null, outcome, null)));
			return new Part(null, false, false);
		}
		if (zero(outcome.value())) {
			zeros(days, outcome);
			return new Part(outcome.value(), false, true);
		}
		this.asked.add(new LivestreamDays.Asked(days, outcome, false,
				"split: the span answered " + describe(outcome.value()) + ", so its days were asked in parts"));
		return new Part(outcome.value(), true, false);
	}

	/** What asking a run of days told: activity (left to split), zeros, or neither. */
	private record Part(LivestreamNumbers numbers, boolean active, boolean zero) {
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

	private LivestreamNumbers single(LocalDate day) {
		Outcome<LivestreamNumbers> outcome = this.ask.ask(new DayRange(day, day));
		this.asked.add(new LivestreamDays.Asked(new DayRange(day, day), outcome, outcome.loaded(), null));
		this.days.add(new LivestreamDays.Day(day, outcome.value(), outcome, null));
		return outcome.value();
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

}
