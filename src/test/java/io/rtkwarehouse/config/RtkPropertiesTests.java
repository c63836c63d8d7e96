package io.rtkwarehouse.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RtkPropertiesTests {

	@Test
	void requestsHaveACallTimeoutOfTwoMinutesAndBodiesALimitOfOneMegabyteByDefault() {
		RtkProperties properties = BoundProperties.of();

		assertThat(properties.http().callTimeout()).isEqualTo(Duration.ofMinutes(2));
		assertThat(properties.http().maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
		assertThat(properties.problems(true, true)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					rtk.http.call-timeout  | 0s    | rtk.http.call-timeout must be positive, not 0 ms
					rtk.http.call-timeout  | -1s   | rtk.http.call-timeout must be positive, not -1 s
					rtk.http.max-body-size | 512B  | rtk.http.max-body-size must be between 1 KB and 128 MB, not 512 B
					rtk.http.max-body-size | -1MB  | rtk.http.max-body-size must be between 1 KB and 128 MB, not -1 MB
					rtk.http.max-body-size | 200MB | rtk.http.max-body-size must be between 1 KB and 128 MB, not 200 MB
					rtk.source-retention   | -1d   | rtk.source-retention must not be negative (0 turns the protection of old days off)
					""")
	void aLimitOutOfItsRangeFailsTheBindingWithAProblemThatNamesIt(String name, String value, String problem) {
		assertThatThrownBy(() -> BoundProperties.of(name, value))
			.satisfies((ex) -> assertThat(invalid(ex).problems()).containsExactly(problem));
	}

	private static InvalidConfigurationException invalid(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof InvalidConfigurationException invalid) {
				return invalid;
			}
		}
		throw new AssertionError("no InvalidConfigurationException in " + ex);
	}

	@ParameterizedTest
	@CsvSource({ "rtk.http.call-timeout, 1ms", "rtk.http.max-body-size, 1KB", "rtk.http.max-body-size, 128MB",
			"rtk.source-retention, 0", "rtk.source-retention, 0d" })
	void aLimitAtTheEdgeOfItsRangeIsFine(String name, String value) {
		assertThat(BoundProperties.of(name, value).problems(true, true)).isEmpty();
	}

}
