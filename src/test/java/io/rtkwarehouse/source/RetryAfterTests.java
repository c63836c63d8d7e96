package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void secondsAreAWait() {
		assertThat(RetryAfter.read(List.of(" 30 "), this.clock)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void anHttpDateIsAWaitUntilThen() {
		assertThat(RetryAfter.read(List.of("Sun, 01 Mar 2026 10:02:30 GMT"), this.clock))
			.isEqualTo(Duration.ofSeconds(150));
	}

	@Test
	void anHttpDateInThePastIsNoWait() {
		assertThat(RetryAfter.read(List.of("Sun, 01 Mar 2026 09:00:00 GMT"), this.clock)).isZero();
	}

	@Test
	void moreSecondsThanALongHoldsAreTheLongestWait() {
		assertThat(RetryAfter.read(List.of("99999999999999999999999"), this.clock))
			.isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
	}

	@Test
	void junkOrNothingIsNoRetryAfter() {
		assertThat(RetryAfter.read(List.of("soon"), this.clock)).isNull();
		assertThat(RetryAfter.read(List.of("-5"), this.clock)).isNull();
		assertThat(RetryAfter.read(List.of(), this.clock)).isNull();
		assertThat(RetryAfter.read(null, this.clock)).isNull();
	}

}
