package io.rtkwarehouse.dataset.usage;

import java.math.BigDecimal;
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

/** A usage answer's days are read exactly, or the answer is refused naming the field. */
class UsageAnswerTests {

	private static final DayRange JANUARY = new DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

	private final Usage usage = new Usage(null, null, null, null);

	@Test
	void minutesAreKeptExactlyAndADayOutsideTheRangeIsLeftOutAndNamed() throws Exception {
		DayNumbers read = this.usage.read(usage("""
				{"day":"2025-01-02","total_sessions":3,"total_session_minutes":0.1},
				{"day":"2025-01-03","total_sessions":4.0,"total_session_minutes":12345678901234567890.123456789},
				{"day":"2025-02-01","total_sessions":1,"total_session_minutes":1}
				"""), JANUARY);

		assertThat(read.tables().get(Usage.SESSIONS)).containsOnlyKeys(LocalDate.of(2025, 1, 2),
				LocalDate.of(2025, 1, 3));
		assertThat(read.of(Usage.SESSIONS, LocalDate.of(2025, 1, 2)))
			.isEqualTo(Arrays.asList(3L, new BigDecimal("0.1")));
		assertThat(read.of(Usage.SESSIONS, LocalDate.of(2025, 1, 3)))
			.isEqualTo(Arrays.asList(4L, new BigDecimal("12345678901234567890.123456789")));
		assertThat(read.tables().get(Usage.RECORDINGS)).isEmpty();
		assertThat(read.outside()).containsExactly(LocalDate.of(2025, 2, 1));
	}

	@Test
	void aDayWithoutNumbersIsKnownButItsNumbersAreNot() throws Exception {
		DayNumbers read = this.usage.read(usage("{\"day\":\"2025-01-02\"}"), JANUARY);

		assertThat(read.has(LocalDate.of(2025, 1, 2))).isTrue();
		assertThat(read.of(Usage.SESSIONS, LocalDate.of(2025, 1, 2))).containsExactly(null, null);
		assertThat(read.has(LocalDate.of(2025, 1, 3))).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{"day":"2025-01-02","total_sessions":3,"total_session_minutes":"1.5"} | data.session_stats.day_stats[0].total_session_minutes is a string ("1.5")
					{"day":"2025-01-02","total_sessions":3,"total_session_minutes":true}  | data.session_stats.day_stats[0].total_session_minutes is a boolean (true)
					{"day":"2025-01-02","total_sessions":2.5}                             | data.session_stats.day_stats[0].total_sessions is fractional (2.5)
					{"day":"2025-01-02","total_sessions":-1}                              | data.session_stats.day_stats[0].total_sessions is negative (-1)
					{"day":"2025-01-02","total_session_minutes":-0.5}                     | data.session_stats.day_stats[0].total_session_minutes is negative (-0.5)
					{"day":"2025-01-02","total_sessions":""}                              | data.session_stats.day_stats[0].total_sessions is an empty string ("")
					{"day":"2025-01-02","total_sessions":4e2}                             | data.session_stats.day_stats[0].total_sessions is in exponent form (4e2)
					{"day":"2025-01-02","total_sessions":1e999999999}                     | data.session_stats.day_stats[0].total_sessions is in exponent form (1e999999999)
					{"day":"2025-01-02","total_session_minutes":1e10000000}               | data.session_stats.day_stats[0].total_session_minutes is in exponent form (1e10000000)
					{"day":"2025-01-02","total_session_minutes":1.5E3}                    | data.session_stats.day_stats[0].total_session_minutes is in exponent form (1.5E3)
					{"day":"2025-01-02","total_sessions":9223372036854775808}             | data.session_stats.day_stats[0].total_sessions is outside the 64-bit integer range
					{"day":"2025-01-02","total_sessions":[1]}                             | data.session_stats.day_stats[0].total_sessions is an array
					{"day":"02/01/2025","total_sessions":1}                               | data.session_stats.day_stats[0].day is not a date of the form YYYY-MM-DD ("02/01/2025")
					{"day":20250102}                                                      | data.session_stats.day_stats[0].day is not a date string
					{"total_sessions":1}                                                  | data.session_stats.day_stats[0].day is missing
					{"day":"2025-01-02","day":"2025-01-03"}                               | data.session_stats.day_stats[0].day is given twice
					{"day":"2025-01-02"},{"day":"2025-01-02"}                             | data.session_stats.day_stats[1].day is a day given twice (2025-01-02)
					{"day":"2025-03-02"},{"day":"2025-03-02"}                             | data.session_stats.day_stats[1].day is a day given twice (2025-03-02)
					""")
	void anythingButWhatTheContractTypesIsRefusedNamingTheField(String days, String message) {
		assertThatExceptionOfType(InvalidBodyException.class).isThrownBy(() -> this.usage.read(usage(days), JANUARY))
			.withMessageStartingWith(message)
			.satisfies((ex) -> assertThat(ex.retryable()).isFalse());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"success":true,"data":{"session_stats":"x"}}                  | data.session_stats
			{"success":true,"data":{"session_stats":{"day_stats":{}}}}     | data.session_stats.day_stats
			{"success":true,"data":{"session_stats":{"day_stats":[1]}}}    | data.session_stats.day_stats[0]
			{"success":true,"data":[]}                                     | success: true but data is not an object
			{"success":false,"data":{}}                                    | success: false
			""")
	void aListThatIsNotWhatTheContractSaysIsRefusedNamingIt(String body, String message) {
		assertThatExceptionOfType(InvalidBodyException.class).isThrownBy(() -> this.usage.read(body, JANUARY))
			.withMessageStartingWith(message);
	}

	@Test
	void absentOrNullListsGiveNoDay() throws Exception {
		assertThat(this.usage.read("{\"success\":true,\"data\":{}}", JANUARY).has(LocalDate.of(2025, 1, 2))).isFalse();
		assertThat(this.usage
			.read("{\"success\":true,\"data\":{\"session_stats\":null,\"recording_stats\":{\"day_stats\":null}}}",
					JANUARY)
			.tables()
			.get(Usage.SESSIONS)).isEmpty();
	}

	private static String usage(String sessionDays) {
		return "{\"success\":true,\"data\":{\"session_stats\":{\"day_stats\":[" + sessionDays
				+ "]},\"recording_stats\":{\"day_stats\":[]}}}";
	}

}
