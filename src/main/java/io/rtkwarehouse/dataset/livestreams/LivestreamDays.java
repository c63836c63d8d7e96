package io.rtkwarehouse.dataset.livestreams;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.dataset.Fetched;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.source.Outcome;
import io.rtkwarehouse.window.DayRange;

/**
 * What one planned request of livestreams came to: each day's numbers and where they came
 * from, and every request asked on the way (a span, its halves, single days, samples), in
 * the order they were asked.
 *
 * @param days each day of the request, in order; a day may appear twice when a sample
 * asked it again after its span (the later entry decides)
 * @param asked every request asked, with its answers
 */
record LivestreamDays(List<Day> days, List<Asked> asked) implements Fetched.PartlyLoaded {

	LivestreamDays {
		days = List.copyOf(days);
		asked = List.copyOf(asked);
	}

	/** The days whose last entry did not load. */
	@Override
	public long failedDays() {
		Map<LocalDate, Boolean> last = new HashMap<>();
		this.days.forEach((day) -> last.put(day.day(), day.loaded()));
		return last.values().stream().filter((loaded) -> !loaded).count();
	}

	/** The result of a request of one day. */
	static Fetched<LivestreamDays> oneDay(Request request, Outcome<LivestreamNumbers> outcome) {
		LivestreamDays days = new LivestreamDays(
				List.of(new Day(request.days().from(), outcome.value(), outcome, null)),
				List.of(new Asked(request.days(), outcome, outcome.loaded(), null)));
		return new Fetched<>(request, new Outcome<>(days, outcome.answers(), outcome.error()));
	}

	/**
	 * One day's result.
	 *
	 * @param numbers its numbers, or null when the request that decided it failed
	 * @param outcome the outcome of the request that decided it
	 * @param inferredFrom the span whose answer of zeros gave its zeros, or null when it
	 * was asked for on its own
	 */
	record Day(LocalDate day, LivestreamNumbers numbers, Outcome<LivestreamNumbers> outcome, DayRange inferredFrom) {

		boolean loaded() {
			return this.numbers != null;
		}

	}

	/**
	 * One request asked.
	 *
	 * @param days the days it covered
	 * @param loaded whether its numbers were loaded into rows (a span only when it
	 * answered zeros and no sample contradicted it)
	 * @param note why an answer that came was not loaded (a span that was split or
	 * contradicted), or null
	 */
	record Asked(DayRange days, Outcome<LivestreamNumbers> outcome, boolean loaded, String note) {

		Asked notLoaded(String why) {
			return new Asked(this.days, this.outcome, false, why);
		}

	}

}
