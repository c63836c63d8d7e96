package io.rtkwarehouse.dataset.livestreams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.rtkwarehouse.source.Answer;
import io.rtkwarehouse.source.Outcome;
import io.rtkwarehouse.window.DayRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a planned run of days is asked for: spans, splits, samples and contradictions. */
class ZeroSpansTests {

	private static final LocalDate MAY1 = LocalDate.of(2025, 5, 1);

	private static final DayRange MAY = new DayRange(MAY1, LocalDate.of(2025, 5, 31));

	/** The numbers of each active day; every other day is zero. */
	private final Map<LocalDate, Long> active = new TreeMap<>();

	private final List<DayRange> asked = new ArrayList<>();

	private boolean lying;

	private Outcome<LivestreamNumbers> ask(DayRange days) {
		this.asked.add(days);
		long count = 0;
		if (!this.lying || days.days() == 1) {
			count = days.stream().mapToLong((day) -> this.active.getOrDefault(day, 0L)).sum();
		}
		return new Outcome<>(new LivestreamNumbers(count, count * 60, count * 600),
				List.of(new Answer(1, 200, "{}", null, Instant.now())), null);
	}

	@Test
	void anIdleMonthIsOneRequestAndEveryDayIsInferredFromIt() {
		Check check = new Check(List.of());

		LivestreamDays days = ZeroSpans.fetch(MAY, this::ask, check);

		assertThat(this.asked).containsExactly(MAY);
		assertThat(days.days()).hasSize(31)
			.allMatch((day) -> MAY.equals(day.inferredFrom()) && ZeroSpans.zero(day.numbers()));
		assertThat(days.asked()).singleElement().matches(LivestreamDays.Asked::loaded);
	}

	@Test
	void aMonthActiveEveryDayCostsOneRequestMoreThanItsDays() {
		MAY.stream().forEach((day) -> this.active.put(day, 2L));

		LivestreamDays days = ZeroSpans.fetch(MAY, this::ask, new Check(List.of()));

		assertThat(this.asked).hasSize(32);
		assertThat(days.days()).hasSize(31)
			.allMatch((day) -> day.inferredFrom() == null && day.numbers().livestreamCount() == 2);
		assertThat(days.asked().get(0).loaded()).isFalse();
		assertThat(days.asked().get(0).note()).startsWith("split: the span answered count 62");
	}

	@Test
	void aMonthWithOneActiveDayIsHalvedDownToThatDay() {
		this.active.put(LocalDate.of(2025, 5, 20), 1L);

		LivestreamDays days = ZeroSpans.fetch(MAY, this::ask, new Check(List.of()));

		assertThat(this.asked).hasSizeLessThan(12);
		Map<LocalDate, Long> counts = new TreeMap<>();
		days.days().forEach((day) -> counts.put(day.day(), day.numbers().livestreamCount()));
		assertThat(counts).hasSize(31).containsEntry(LocalDate.of(2025, 5, 20), 1L);
		assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isOne();
		assertThat(days.days()).filteredOn((day) -> day.inferredFrom() == null)
			.extracting(LivestreamDays.Day::day)
			.contains(LocalDate.of(2025, 5, 20));
	}

	@Test
	void aSampledDayThatAgreesKeepsItsSpansRowAndItsAnswerIsKept() {
		LocalDate sampled = LocalDate.of(2025, 5, 7);

		LivestreamDays days = ZeroSpans.fetch(MAY, this::ask, new Check(List.of(sampled)));

		assertThat(this.asked).containsExactly(MAY, new DayRange(sampled, sampled));
		assertThat(days.days()).hasSize(31).allMatch((day) -> MAY.equals(day.inferredFrom()));
		assertThat(days.asked()).hasSize(2);
		assertThat(days.asked().get(1)).matches((asked) -> !asked.loaded()
				&& asked.note().equals("a sample of the zero span 2025-05-01..2025-05-31 that agreed"));
	}

	@Test
	void aSampledDayThatDisagreesTurnsSpansOffAndEveryDayOfTheSpanIsAskedAlone() {
		this.lying = true;
		LocalDate sampled = LocalDate.of(2025, 5, 7);
		this.active.put(sampled, 3L);
		this.active.put(LocalDate.of(2025, 5, 30), 1L);
		Check check = new Check(List.of(sampled));

		LivestreamDays days = ZeroSpans.fetch(MAY, this::ask, check);

		assertThat(check.contradicted).containsExactly(sampled);
		assertThat(this.asked).hasSize(1 + 31).startsWith(MAY, new DayRange(sampled, sampled));
		assertThat(days.days()).hasSize(31).allMatch((day) -> day.inferredFrom() == null);
		assertThat(days.days()).filteredOn((day) -> day.numbers().livestreamCount() > 0)
			.extracting(LivestreamDays.Day::day)
			.containsExactlyInAnyOrder(sampled, LocalDate.of(2025, 5, 30));
		assertThat(days.asked().get(0).loaded()).isFalse();
		assertThat(days.asked().get(0).note()).startsWith("contradicted: day 2025-05-07 answered count 3");
	}

	@Test
	void aKnownPaceSplitsTheBusyLookingMonthOfAWeeklyAppInsteadOfAskingEveryDay() {
		MAY.stream().filter((day) -> day.getDayOfWeek() == java.time.DayOfWeek.TUESDAY).forEach((day) -> {
			this.active.put(day, 5L);
		});
		Check unknown = new Check(List.of());
		LivestreamDays first = ZeroSpans.fetch(MAY, this::ask, unknown);
		int dayByDay = this.asked.size();
		this.asked.clear();
		Check known = new Check(List.of());
		known.perActiveDay = 5;

		LivestreamDays days = ZeroSpans.fetch(MAY, this::ask, known);

		assertThat(dayByDay).isEqualTo(32);
		assertThat(this.asked).hasSizeLessThan(28);
		assertThat(counts(days)).isEqualTo(counts(first)).containsEntry(LocalDate.of(2025, 5, 6), 5L);
		assertThat(known.observed).isEqualTo(31);
	}

	@Test
	void anAppMostlyActiveSoFarIsAskedDayByDayWithoutItsSpan() {
		this.active.put(LocalDate.of(2025, 5, 20), 1L);
		Check busy = new Check(List.of());
		busy.mostlyActive = true;

		ZeroSpans.fetch(MAY, this::ask, busy);

		assertThat(this.asked).hasSize(31).allMatch((range) -> range.days() == 1);
	}

	private static Map<LocalDate, Long> counts(LivestreamDays days) {
		Map<LocalDate, Long> counts = new TreeMap<>();
		days.days().forEach((day) -> counts.put(day.day(), day.numbers().livestreamCount()));
		return counts;
	}

	@Test
	void aSpanTheApiRefusesIsAskedDayByDay() {
		List<DayRange> calls = new ArrayList<>();
		ZeroSpans.Ask refusing = (range) -> {
			calls.add(range);
			if (range.days() > 1) {
				return new Outcome<>(null, List.of(new Answer(1, 400, "{}", "HTTP 400", Instant.now())), "HTTP 400");
			}
			return ask(range);
		};

		LivestreamDays days = ZeroSpans.fetch(new DayRange(MAY1, MAY1.plusDays(3)), refusing, new Check(List.of()));

		assertThat(calls).hasSize(5);
		assertThat(days.days()).hasSize(4).allMatch(LivestreamDays.Day::loaded);
	}

	@Test
	void aSpanThatFailsAfterItsRetriesFailsItsDays() {
		ZeroSpans.Ask failing = (range) -> new Outcome<>(null,
				List.of(new Answer(1, 503, "busy", "HTTP 503", Instant.now())), "HTTP 503");

		LivestreamDays days = ZeroSpans.fetch(new DayRange(MAY1, MAY1.plusDays(3)), failing, new Check(List.of()));

		assertThat(days.days()).hasSize(4).noneMatch(LivestreamDays.Day::loaded);
		assertThat(days.asked()).hasSize(1);
	}

	@Test
	void withSpansOffEveryDayIsOneRequest() {
		Check off = new Check(List.of());
		off.on = false;

		ZeroSpans.fetch(new DayRange(MAY1, MAY1.plusDays(3)), this::ask, off);

		assertThat(this.asked).hasSize(4).allMatch((range) -> range.days() == 1);
	}

	@Test
	void aRealisticWeekOfOneActiveDayCostsFarLessThanItsDays() {
		DayRange year = new DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		year.stream().filter((day) -> day.getDayOfWeek() == java.time.DayOfWeek.TUESDAY).forEach((day) -> {
			this.active.put(day, 1L);
		});
		int requests = 0;
		for (io.rtkwarehouse.window.DaySpan span : io.rtkwarehouse.window.DaySpan.byMonth("app",
				year.stream().toList())) {
			this.asked.clear();
			ZeroSpans.fetch(span.days(), this::ask, new Check(List.of()));
			requests += this.asked.size();
		}
		// Hwang's splitting: 241, about two thirds of one request per day; day by day it
		// is 365 and a span per month more.
		assertThat(requests).isLessThan(250);
	}

	@Test
	void whateverTheActivityAndPaceEveryDayGetsExactlyItsOwnNumbers() {
		java.util.Random random = new java.util.Random(20251);
		for (int trial = 0; trial < 400; trial++) {
			this.active.clear();
			this.asked.clear();
			double share = List.of(0.0, 0.03, 0.15, 0.3, 0.6, 1.0).get(trial % 6);
			MAY.stream().filter((day) -> random.nextDouble() < share).forEach((day) -> {
				this.active.put(day, 1L + random.nextInt(6));
			});
			Check check = new Check(List.of());
			check.perActiveDay = List.of(1.0, 2.5, 6.0, 40.0).get(random.nextInt(4));

			LivestreamDays days = ZeroSpans.fetch(MAY, this::ask, check);

			Map<LocalDate, Long> expected = new TreeMap<>();
			MAY.stream().forEach((day) -> expected.put(day, this.active.getOrDefault(day, 0L)));
			assertThat(counts(days)).as("trial %d: %s at pace %s", trial, this.active, check.perActiveDay)
				.isEqualTo(expected);
			assertThat(days.days()).as("trial %d", trial).hasSize(31);
			assertThat(days.days()).filteredOn((day) -> day.numbers().livestreamCount() > 0)
				.allMatch((day) -> day.inferredFrom() == null);
			// However wrong the pace, a month costs at most a few requests more than its
			// days.
			assertThat(this.asked).as("trial %d", trial).hasSizeLessThanOrEqualTo(31 + 12);
		}
	}

	@Test
	void aPaceFarAboveTheMonthsCountsStillEndsDayByDayOnceMostDaysTurnOutActive() {
		MAY.stream().forEach((day) -> this.active.put(day, 1L));
		Check check = new Check(List.of());
		check.perActiveDay = 40;

		ZeroSpans.fetch(MAY, this::ask, check);

		assertThat(this.asked).hasSizeLessThanOrEqualTo(31 + 12);
	}

	@Test
	void aHalfThatFailsFailsOnlyItsDaysAndTheRestOfTheSpanIsStillFound() {
		LocalDate busy = LocalDate.of(2025, 5, 27);
		this.active.put(busy, 4L);
		ZeroSpans.Ask failingFirstHalf = (range) -> {
			if (range.days() > 1 && range.from().equals(MAY1) && range.days() < 31) {
				this.asked.add(range);
				return new Outcome<>(null, List.of(new Answer(1, 503, "busy", "HTTP 503", Instant.now())), "HTTP 503");
			}
			return ask(range);
		};
		Check check = new Check(List.of());
		check.perActiveDay = 4;

		LivestreamDays days = ZeroSpans.fetch(MAY, failingFirstHalf, check);

		DayRange failed = days.asked()
			.stream()
			.filter((asked) -> asked.outcome().error() != null)
			.findFirst()
			.orElseThrow()
			.days();
		assertThat(days.days()).filteredOn((day) -> !day.loaded())
			.extracting(LivestreamDays.Day::day)
			.containsExactlyElementsOf(failed.stream().toList());
		assertThat(days.days()).filteredOn(LivestreamDays.Day::loaded)
			.allMatch((day) -> day.numbers().livestreamCount() == (day.day().equals(busy) ? 4 : 0))
			.hasSize(31 - (int) failed.days());
		assertThat(days.failedDays()).isEqualTo(failed.days());
	}

	@Test
	void aSampleThatDisagreesInTheMiddleOfASplitAsksTheRestDayByDay() {
		this.lying = true;
		LocalDate first = LocalDate.of(2025, 5, 3);
		LocalDate second = LocalDate.of(2025, 5, 24);
		this.active.put(first, 2L);
		this.active.put(second, 2L);
		Check check = new Check(List.of(first));
		check.perActiveDay = 2;
		// Lying spans answer zeros, so make the month itself tell the truth.
		ZeroSpans.Ask monthTrue = (range) -> {
			if (range.equals(MAY)) {
				this.asked.add(range);
				return new Outcome<>(new LivestreamNumbers(4L, 240L, 2400L),
						List.of(new Answer(1, 200, "{}", null, Instant.now())), null);
			}
			return ask(range);
		};

		LivestreamDays days = ZeroSpans.fetch(MAY, monthTrue, check);

		assertThat(check.contradicted).containsExactly(first);
		Map<LocalDate, Long> expected = new TreeMap<>();
		MAY.stream().forEach((day) -> expected.put(day, this.active.getOrDefault(day, 0L)));
		assertThat(counts(days)).isEqualTo(expected);
		assertThat(days.days()).filteredOn((day) -> day.day().isAfter(first))
			.allMatch((day) -> day.inferredFrom() == null);
	}

	/** A check that samples the given days and records contradictions. */
	private static final class Check implements SpanCheck {

		private final List<LocalDate> sampled;

		private final List<LocalDate> contradicted = new ArrayList<>();

		private boolean on = true;

		private double perActiveDay = 1;

		private boolean mostlyActive;

		private int observed;

		Check(List<LocalDate> sampled) {
			this.sampled = sampled;
		}

		@Override
		public boolean spansOn() {
			return this.on;
		}

		@Override
		public List<LocalDate> sample(DayRange span) {
			return this.sampled.stream().filter(span::contains).toList();
		}

		@Override
		public void contradicted(DayRange span, LocalDate day, LivestreamNumbers alone) {
			this.contradicted.add(day);
			this.on = false;
		}

		@Override
		public void observed(LivestreamNumbers day) {
			this.observed++;
		}

		@Override
		public double livestreamsPerActiveDay() {
			return this.perActiveDay;
		}

		@Override
		public boolean mostlyActive() {
			return this.mostlyActive;
		}

	}

}
