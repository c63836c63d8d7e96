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
	void anAppMostlyActiveSoFarGoesStraightToSingleDays() {
		this.active.put(LocalDate.of(2025, 5, 20), 1L);
		Check busy = new Check(List.of());
		busy.mostlyActive = true;

		ZeroSpans.fetch(MAY, this::ask, busy);

		assertThat(this.asked).hasSize(32);
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
		assertThat(requests).isLessThan(365);
	}

	/** A check that samples the given days and records contradictions. */
	private static final class Check implements ZeroSpans.Check {

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
