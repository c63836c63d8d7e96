package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
	void anHttpDateLongBeforeTheEpochIsNoWait() {
		assertThat(RetryAfter.read(List.of("Mon, 01 Jan 1900 00:00:00 GMT"), this.clock)).isZero();
	}

	@Test
	void zeroIsNoWait() {
		assertThat(RetryAfter.read(List.of("0"), this.clock)).isZero();
	}

	@Test
	void moreSecondsThanTheLongestWaitAreTheLongestWaitHoweverManyDigits() {
		assertThat(RetryAfter.read(List.of("31536001"), this.clock)).isEqualTo(Pauses.LONGEST_WAIT);
		assertThat(RetryAfter.read(List.of("9223372036854775807"), this.clock)).isEqualTo(Pauses.LONGEST_WAIT);
		assertThat(RetryAfter.read(List.of("99999999999999999999999"), this.clock)).isEqualTo(Pauses.LONGEST_WAIT);
		assertThat(RetryAfter.read(List.of("9".repeat(100_000)), this.clock)).isEqualTo(Pauses.LONGEST_WAIT);
	}

	@Test
	void anHttpDateFurtherThanTheLongestWaitIsTheLongestWait() {
		assertThat(RetryAfter.read(List.of("Fri, 31 Dec 9999 23:59:59 GMT"), this.clock))
			.isEqualTo(Pauses.LONGEST_WAIT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "soon", "-5", "-0", "+5", "1.5", "1e3", "5 s", "0x10", "\u0663", "30, 60", "",
			"Sunday, 01-Mar-26 10:02:30 GMT", "Sun Mar  1 10:02:30 2026", "Mon, 01 Mar 2026 10:02:30 GMT",
			"Sun, 01 Mar 2026 25:02:30 GMT", "Sun, 01 Mar 2026 10:02:30 GMT junk junk junk junk junk junk junk junk" })
	void anythingButDigitsOrAnHttpDateIsNoRetryAfter(String value) {
		assertThat(RetryAfter.read(List.of(value), this.clock)).isNull();
	}

	@Test
	void noHeaderIsNoRetryAfter() {
		assertThat(RetryAfter.read(List.of(), this.clock)).isNull();
		assertThat(RetryAfter.read(null, this.clock)).isNull();
	}

	@Test
	void ofSeveralHeaderLinesTheLongestWaitThatReadsCounts() {
		assertThat(RetryAfter.read(List.of("5", "junk", "30", "-100"), this.clock)).isEqualTo(Duration.ofSeconds(30));
		assertThat(RetryAfter.read(List.of("Sun, 01 Mar 2026 10:02:30 GMT", "60"), this.clock))
			.isEqualTo(Duration.ofSeconds(150));
	}

	@Test
	void onlyTheFirstLinesAreRead() {
		List<String> lines = new ArrayList<>(Collections.nCopies(RetryAfter.MOST_VALUES, "1"));
		lines.add("3600");

		assertThat(RetryAfter.read(lines, this.clock)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void theHeaderIsShownShortAndPrintable() {
		assertThat(RetryAfter.shown(List.of("-5"))).isEqualTo("retry-after: -5");
		assertThat(RetryAfter.shown(List.of("5", "x\ny"))).isEqualTo("retry-after: 5, x?y");
		assertThat(RetryAfter.shown(List.of("9".repeat(1000)))).hasSizeLessThan(80).endsWith("...");
		assertThat(RetryAfter.shown(null)).isEqualTo("no retry-after");
	}

}
