package io.rtkwarehouse.source;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.rtkwarehouse.window.DayRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DayStatsTests {

	private static final DayRange JANUARY = new DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

	private final DayStats stats = new DayStats(JsonMapper.builder().build());

	@Test
	void minutesAreKeptExactlyAndADayOutsideTheRangeIsLeftOutAndNamed() throws Exception {
		DayStats.Read<UsageDays> read = this.stats.usage(usage("""
				{"day":"2025-01-02","total_sessions":3,"total_session_minutes":0.1},
				{"day":"2025-01-03","total_sessions":4.0,"total_session_minutes":12345678901234567890.123456789},
				{"day":"2025-02-01","total_sessions":1,"total_session_minutes":1}
				"""), JANUARY);

		assertThat(read.value().sessions()).containsOnlyKeys(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3));
		assertThat(read.value().sessions().get(LocalDate.of(2025, 1, 2)))
			.isEqualTo(new UsageDays.Usage(3L, new BigDecimal("0.1")));
		assertThat(read.value().sessions().get(LocalDate.of(2025, 1, 3)).minutes())
			.isEqualTo(new BigDecimal("12345678901234567890.123456789"));
		assertThat(read.value().sessions().get(LocalDate.of(2025, 1, 3)).count()).isEqualTo(4L);
		assertThat(read.value().recordings()).isEmpty();
		assertThat(read.outside()).containsExactly(LocalDate.of(2025, 2, 1));
	}

	@Test
	void anythingButANumberIsRefusedNamingTheField() {
		assertRefused("{\"day\":\"2025-01-02\",\"total_sessions\":3,\"total_session_minutes\":\"1.5\"}",
				"data.session_stats.day_stats[0].total_session_minutes is a string");
		assertRefused("{\"day\":\"2025-01-02\",\"total_sessions\":3,\"total_session_minutes\":true}",
				"total_session_minutes is a boolean");
		assertRefused("{\"day\":\"2025-01-02\",\"total_sessions\":2.5}", "total_sessions is fractional (2.5)");
		assertRefused("{\"day\":\"2025-01-02\",\"total_sessions\":-1}", "total_sessions is negative");
		assertRefused("{\"day\":\"2025-01-02\",\"total_sessions\":\"\"}", "total_sessions is an empty string");
		assertRefused("{\"day\":\"02/01/2025\",\"total_sessions\":1}", "day is not a date of the form YYYY-MM-DD");
		assertRefused("{\"day\":\"2025-01-02\"},{\"day\":\"2025-01-02\"}", "a day given twice (2025-01-02)");
	}

	@Test
	void livestreamDaysAreIntegersLikeOverallNumbers() throws Exception {
		DayStats.Read<java.util.Map<LocalDate, LivestreamNumbers>> read = this.stats.livestreams(
				"{\"success\":true,\"data\":[{\"date\":\"2025-01-05\",\"count\":2,\"total_ingest_seconds\":531,"
						+ "\"total_viewer_seconds\":116}]}",
				JANUARY);
		assertThat(read.value()).containsEntry(LocalDate.of(2025, 1, 5), new LivestreamNumbers(2L, 531L, 116L));
		assertThatExceptionOfType(ApiBodies.InvalidBodyException.class)
			.isThrownBy(() -> this.stats.livestreams(
					"{\"success\":true,\"data\":[{\"date\":\"2025-01-05\",\"total_ingest_seconds\":5.5}]}", JANUARY))
			.withMessageContaining("data[0].total_ingest_seconds is fractional");
		assertThatExceptionOfType(ApiBodies.InvalidBodyException.class)
			.isThrownBy(() -> this.stats.livestreams("{\"success\":false,\"data\":[]}", JANUARY))
			.withMessageContaining("success is not the JSON value true");
	}

	private void assertRefused(String days, String message) {
		assertThatExceptionOfType(ApiBodies.InvalidBodyException.class)
			.isThrownBy(() -> this.stats.usage(usage(days), JANUARY))
			.withMessageContaining(message)
			.satisfies((ex) -> assertThat(ex.retryable()).isFalse());
	}

	private static String usage(String sessionDays) {
		return "{\"success\":true,\"data\":{\"session_stats\":{\"day_stats\":[" + sessionDays
				+ "]},\"recording_stats\":{\"day_stats\":[]}}}";
	}

}
