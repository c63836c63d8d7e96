package io.rtkwarehouse.window;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DayWindowTests {

	private static final ZoneId UTC = ZoneOffset.UTC;

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void aUtcDayIsTheHalfOpenIntervalFromMidnightToMidnight() {
		DayWindow window = DayWindow.of("app", LocalDate.of(2025, 3, 1), UTC);

		assertThat(window.start()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
		assertThat(window.end()).isEqualTo(Instant.parse("2025-03-02T00:00:00Z"));
		assertThat(window.length()).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void aNewYorkDayStartsAtLocalMidnight() {
		DayWindow window = DayWindow.of("app", LocalDate.of(2025, 1, 15), NEW_YORK);

		assertThat(window.start()).isEqualTo(Instant.parse("2025-01-15T05:00:00Z"));
		assertThat(window.end()).isEqualTo(Instant.parse("2025-01-16T05:00:00Z"));
	}

	@Test
	void theNewYorkSpringForwardDayLastsTwentyThreeHours() {
		DayWindow window = DayWindow.of("app", LocalDate.of(2025, 3, 9), NEW_YORK);

		assertThat(window.start()).isEqualTo(Instant.parse("2025-03-09T05:00:00Z"));
		assertThat(window.end()).isEqualTo(Instant.parse("2025-03-10T04:00:00Z"));
		assertThat(window.length()).isEqualTo(Duration.ofHours(23));
	}

	@Test
	void theNewYorkFallBackDayLastsTwentyFiveHours() {
		DayWindow window = DayWindow.of("app", LocalDate.of(2025, 11, 2), NEW_YORK);

		assertThat(window.start()).isEqualTo(Instant.parse("2025-11-02T04:00:00Z"));
		assertThat(window.end()).isEqualTo(Instant.parse("2025-11-03T05:00:00Z"));
		assertThat(window.length()).isEqualTo(Duration.ofHours(25));
	}

	@Test
	void theBerlinSpringForwardDayLastsTwentyThreeHours() {
		DayWindow window = DayWindow.of("app", LocalDate.of(2025, 3, 30), BERLIN);

		assertThat(window.start()).isEqualTo(Instant.parse("2025-03-29T23:00:00Z"));
		assertThat(window.end()).isEqualTo(Instant.parse("2025-03-30T22:00:00Z"));
		assertThat(window.length()).isEqualTo(Duration.ofHours(23));
	}

	@Test
	void theBerlinFallBackDayLastsTwentyFiveHours() {
		DayWindow window = DayWindow.of("app", LocalDate.of(2025, 10, 26), BERLIN);

		assertThat(window.start()).isEqualTo(Instant.parse("2025-10-25T22:00:00Z"));
		assertThat(window.end()).isEqualTo(Instant.parse("2025-10-26T23:00:00Z"));
		assertThat(window.length()).isEqualTo(Duration.ofHours(25));
	}

	@Test
	void consecutiveWindowsTileTimeWithoutGapOrOverlapAcrossAYearEnd() {
		DayRange range = new DayRange(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2));

		var windows = range.windows("app", BERLIN);

		assertThat(windows).hasSize(4);
		for (int i = 1; i < windows.size(); i++) {
			assertThat(windows.get(i).start()).isEqualTo(windows.get(i - 1).end());
		}
		assertThat(windows.get(1).day()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(windows.get(2).start()).isEqualTo(Instant.parse("2024-12-31T23:00:00Z"));
	}

	@Test
	void aLeapDayIsAWindowOfItsOwn() {
		DayRange february = new DayRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));

		assertThat(february.days()).isEqualTo(29);
		assertThat(DayWindow.of("app", LocalDate.of(2024, 2, 29), UTC).end())
			.isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
	}

	@Test
	void theNightlyRangeIsYesterdayAndTheLookbackDaysBeforeIt() {
		DayRange range = DayRange.nightly(LocalDate.of(2025, 3, 1), 3);

		assertThat(range).isEqualTo(new DayRange(LocalDate.of(2025, 2, 25), LocalDate.of(2025, 2, 28)));
	}

	@Test
	void aRangeReachingIntoDaysThatHaveNotEndedIsCutAtYesterday() {
		Clock clock = Clock.fixed(Instant.parse("2025-06-10T12:00:00Z"), UTC);
		LocalDate lastEnded = DayRange.lastEndedDay(clock, UTC);

		DayRange range = new DayRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));

		assertThat(lastEnded).isEqualTo(LocalDate.of(2025, 6, 9));
		assertThat(range.endingNoLaterThan(lastEnded)).isEqualTo(new DayRange(LocalDate.of(2025, 6, 1), lastEnded));
		assertThat(new DayRange(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 11)).endingNoLaterThan(lastEnded))
			.isNull();
	}

	@Test
	void theLastEndedDayDependsOnTheZone() {
		// 02:00 UTC on June 10 is still June 9 in New York: June 8 is the last complete
		// day there.
		Clock clock = Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), UTC);

		assertThat(DayRange.lastEndedDay(clock, UTC)).isEqualTo(LocalDate.of(2025, 6, 9));
		assertThat(DayRange.lastEndedDay(clock, NEW_YORK)).isEqualTo(LocalDate.of(2025, 6, 8));
	}

	@Test
	void aReversedRangeIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DayRange(LocalDate.of(2025, 2, 2), LocalDate.of(2025, 2, 1)));
	}

}
