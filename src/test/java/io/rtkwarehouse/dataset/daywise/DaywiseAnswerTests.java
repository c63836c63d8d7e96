package io.rtkwarehouse.dataset.daywise;

import java.time.LocalDate;
import java.util.Arrays;

import io.rtkwarehouse.dataset.DayNumbers;
import io.rtkwarehouse.source.InvalidBodyException;
import io.rtkwarehouse.window.DayRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A livestream daywise answer's days are integers like overall's numbers. */
class DaywiseAnswerTests {

	private static final DayRange JANUARY = new DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

	private final LivestreamDaywise daywise = new LivestreamDaywise(null, null, null, null, null);

	@Test
	void readsEachDayAndLeavesOutAndNamesDaysOutsideTheRange() throws Exception {
		DayNumbers read = this.daywise.read("{\"success\":true,\"data\":[{\"date\":\"2025-01-05\",\"count\":2,"
				+ "\"total_ingest_seconds\":531,\"total_viewer_seconds\":116},{\"date\":\"2025-02-05\",\"count\":1},"
				+ "{\"date\":\"2025-01-06\",\"total_viewer_seconds\":null}]}", JANUARY);

		assertThat(read.of(LivestreamDaywise.DAYWISE, LocalDate.of(2025, 1, 5)))
			.isEqualTo(Arrays.asList(2L, 531L, 116L));
		assertThat(read.of(LivestreamDaywise.DAYWISE, LocalDate.of(2025, 1, 6))).containsExactly(null, null, null);
		assertThat(read.outside()).containsExactly(LocalDate.of(2025, 2, 5));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					[{"date":"2025-01-05","total_ingest_seconds":5.5}]             | data[0].total_ingest_seconds is fractional (5.5)
					[{"date":"2025-01-05","count":1e999999999}]                    | data[0].count is in exponent form (1e999999999)
					[{"date":"2025-01-05","count":4E2}]                            | data[0].count is in exponent form (4E2)
					[{"date":"2025-01-05","total_viewer_seconds":"7"}]             | data[0].total_viewer_seconds is a string ("7")
					[{"date":"2025-01-05"},{"date":"2025-01-05"}]                  | data[1].date is a day given twice (2025-01-05)
					[{"count":1}]                                                  | data[0].date is missing
					[null]                                                         | data[0] is null
					{"date":"2025-01-05"}                                          | success: true but data is not an array
					""")
	void refusesWhatIsNotAnIntegerOfTheContractNamingTheField(String data, String message) {
		assertThatExceptionOfType(InvalidBodyException.class)
			.isThrownBy(() -> this.daywise.read("{\"success\":true,\"data\":" + data + "}", JANUARY))
			.withMessageStartingWith(message);
	}

	@Test
	void aFailedAnswerSaysSo() {
		assertThatExceptionOfType(InvalidBodyException.class)
			.isThrownBy(() -> this.daywise.read("{\"success\":false,\"data\":[]}", JANUARY))
			.withMessageStartingWith("success: false");
	}

}
