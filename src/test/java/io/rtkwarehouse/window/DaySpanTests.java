package io.rtkwarehouse.window;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The days of a plan are cut into the requests of a dataset: runs of consecutive days.
 */
class DaySpanTests {

	private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

	@Test
	void consecutiveDaysAreCutIntoRunsOfAtMostTheLongestRequest() {
		List<DaySpan> spans = DaySpan.cut("a", days(JAN_1, 70), 31);

		assertThat(spans).extracting(DaySpan::days)
			.containsExactly(new DayRange(JAN_1, JAN_1.plusDays(30)),
					new DayRange(JAN_1.plusDays(31), JAN_1.plusDays(61)),
					new DayRange(JAN_1.plusDays(62), JAN_1.plusDays(69)));
		assertThat(spans).allMatch((span) -> span.appId().equals("a"));
	}

	@Test
	void aGapStartsANewRunAndDaysComeInOrderWhateverTheirOrderGiven() {
		List<LocalDate> days = List.of(JAN_1.plusDays(5), JAN_1, JAN_1.plusDays(1), JAN_1.plusDays(3),
				JAN_1.plusDays(4));

		assertThat(DaySpan.cut("a", days, 31)).extracting(DaySpan::days)
			.containsExactly(new DayRange(JAN_1, JAN_1.plusDays(1)),
					new DayRange(JAN_1.plusDays(3), JAN_1.plusDays(5)));
	}

	@Test
	void oneDayRequestsAreOneSpanPerDay() {
		assertThat(DaySpan.cut("a", days(JAN_1, 3), 1)).extracting(DaySpan::days)
			.containsExactly(new DayRange(JAN_1, JAN_1), new DayRange(JAN_1.plusDays(1), JAN_1.plusDays(1)),
					new DayRange(JAN_1.plusDays(2), JAN_1.plusDays(2)));
	}

	@Test
	void runsCrossMonthAndYearEndsAndLeapDays() {
		LocalDate start = LocalDate.of(2023, 12, 20);

		List<DaySpan> spans = DaySpan.cut("a", days(start, 80), 31);

		assertThat(spans).hasSize(3);
		assertThat(spans.stream().mapToLong((span) -> span.days().days()).sum()).isEqualTo(80);
		assertThat(spans.get(2).days().contains(LocalDate.of(2024, 2, 29))).isTrue();
	}

	@Test
	void monthSpansRunACalendarMonthFromTheirFirstDayAndBreakAtGaps() {
		List<LocalDate> days = new java.util.ArrayList<>(days(LocalDate.of(2024, 1, 31), 60));
		days.remove(LocalDate.of(2024, 3, 10));

		List<DaySpan> spans = DaySpan.byMonth("a", days);

		assertThat(spans).extracting(DaySpan::days)
			.containsExactly(new DayRange(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 28)),
					new DayRange(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 9)),
					new DayRange(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 30)));
		assertThat(DaySpan.byMonth("a", days(LocalDate.of(2025, 11, 29), 4))).singleElement()
			.extracting(DaySpan::days)
			.isEqualTo(new DayRange(LocalDate.of(2025, 11, 29), LocalDate.of(2025, 12, 2)));
	}

	@Test
	void noDaysNoRequests() {
		assertThat(DaySpan.cut("a", List.of(), 31)).isEmpty();
	}

	private static List<LocalDate> days(LocalDate from, int count) {
		return from.datesUntil(from.plusDays(count)).toList();
	}

}
